package dev.o2o.adapters.printer.layout;

import java.util.List;

/**
 * A slip as the printer adapter prints it: a list of {@link Block}s, and whether it is a reprint (the layout then puts a
 * reprint mark on it). Independent of paper width and of text or raster printing.
 */
public record SlipDocument(List<Block> blocks, boolean reprint) {

  /** Refuses an empty document. */
  public SlipDocument {
    blocks = List.copyOf(blocks);
    if (blocks.isEmpty()) {
      throw new IllegalArgumentException("a slip document needs at least one block");
    }
  }

  public static SlipDocument of(List<Block> blocks) {
    return new SlipDocument(blocks, false);
  }

  /** The same document marked as a reprint. */
  public SlipDocument asReprint() {
    return reprint ? this : new SlipDocument(blocks, true);
  }

  /** The data of every barcode on the slip, in order. */
  public List<String> barcodes() {
    return blocks.stream()
        .filter(Block.Barcode.class::isInstance)
        .map(b -> ((Block.Barcode) b).data())
        .toList();
  }
}
