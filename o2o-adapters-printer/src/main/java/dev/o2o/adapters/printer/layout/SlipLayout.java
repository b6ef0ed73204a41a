package dev.o2o.adapters.printer.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The layout engine: sets a {@link SlipDocument} in the columns of a {@link PaperWidth}. Every row fits the paper:
 * a Hangul character counts as two columns, text wraps at spaces, and a word longer than a line is broken between
 * characters (never inside one). A reprint starts with the reprint mark.
 */
public final class SlipLayout {

  /** The mark a reprint starts with, in double-size letters. */
  public static final String REPRINT_MARK = "** 재출력 **";
  /** The line under the reprint mark. */
  public static final String REPRINT_NOTE = "REPRINT";

  private final PaperWidth paper;

  public SlipLayout(PaperWidth paper) {
    this.paper = Objects.requireNonNull(paper, "paper width");
  }

  public PaperWidth paper() {
    return paper;
  }

  /** Lays the document out for this layout's paper. */
  public LaidOutSlip layOut(SlipDocument document) {
    List<Row> rows = new ArrayList<>();
    if (document.reprint()) {
      title(REPRINT_MARK, rows);
      rows.add(new Row.TextRow(align(REPRINT_NOTE, Align.CENTER, paper.columns()), true, false));
      rows.add(new Row.TextRow("", false, false));
    }
    for (Block block : document.blocks()) {
      add(block, rows);
    }
    return new LaidOutSlip(paper, rows);
  }

  private void add(Block block, List<Row> rows) {
    int width = paper.columns();
    if (block instanceof Block.Title title) {
      title(title.text(), rows);
    } else if (block instanceof Block.Text text) {
      for (String line : wrap(SlipText.printable(text.text()), width)) {
        rows.add(new Row.TextRow(align(line, text.align(), width), text.bold(), false));
      }
    } else if (block instanceof Block.Field field) {
      field(SlipText.printable(field.label()), SlipText.printable(field.value()), rows);
    } else if (block instanceof Block.Item item) {
      item(item, rows);
    } else if (block instanceof Block.Rule) {
      rows.add(new Row.TextRow("-".repeat(width), false, false));
    } else if (block instanceof Block.Blank) {
      rows.add(new Row.TextRow("", false, false));
    } else if (block instanceof Block.Barcode barcode) {
      rows.add(new Row.BarcodeRow(barcode.data()));
    } else {
      throw new IllegalStateException("no layout for block " + block);
    }
  }

  private void title(String text, List<Row> rows) {
    int width = paper.columns() / 2;
    for (String line : wrap(SlipText.printable(text), width)) {
      rows.add(new Row.TextRow(align(line, Align.CENTER, width), true, true));
    }
  }

  private void field(String label, String value, List<Row> rows) {
    int width = paper.columns();
    int labelColumns = SlipText.columns(label);
    int valueColumns = SlipText.columns(value);
    if (labelColumns + 1 + valueColumns <= width) {
      rows.add(new Row.TextRow(label + " ".repeat(width - labelColumns - valueColumns) + value, false, false));
      return;
    }
    for (String line : wrap(label, width)) {
      rows.add(new Row.TextRow(line, false, false));
    }
    for (String line : wrap(value, width - 2)) {
      rows.add(new Row.TextRow(align(line, Align.RIGHT, width), false, false));
    }
  }

  private void item(Block.Item item, List<Row> rows) {
    int width = paper.columns();
    String name = SlipText.printable(item.name());
    String quantity = SlipText.printable(item.quantity());
    int quantityColumns = SlipText.columns(quantity);
    if (quantityColumns > width / 2) {
      for (String line : wrap(name, width)) {
        rows.add(new Row.TextRow(line, true, false));
      }
      for (String line : wrap(quantity, width)) {
        rows.add(new Row.TextRow(align(line, Align.RIGHT, width), true, false));
      }
    } else {
      int nameWidth = width - quantityColumns - 1;
      List<String> lines = wrap(name, nameWidth);
      String first = lines.get(0);
      rows.add(new Row.TextRow(first + " ".repeat(width - SlipText.columns(first) - quantityColumns) + quantity,
          true, false));
      for (String line : lines.subList(1, lines.size())) {
        rows.add(new Row.TextRow(line, true, false));
      }
    }
    for (String detail : item.details()) {
      for (String line : wrap(SlipText.printable(detail), width - 2)) {
        rows.add(new Row.TextRow("  " + line, false, false));
      }
    }
  }

  /** The text with spaces before it so that it sits as {@code align} says in {@code width} columns. */
  static String align(String line, Align align, int width) {
    int free = width - SlipText.columns(line);
    if (free <= 0 || align == Align.LEFT || line.isEmpty()) {
      return line;
    }
    return " ".repeat(align == Align.CENTER ? free / 2 : free) + line;
  }

  /**
   * Printable text broken into lines of at most {@code width} columns: at spaces where it can, between characters where
   * a word is longer than a line. Runs of spaces between words become one; there is always at least one line.
   */
  static List<String> wrap(String printable, int width) {
    if (width < 2) {
      throw new IllegalArgumentException("cannot wrap text in fewer than 2 columns, got " + width);
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int lineColumns = 0;
    for (String word : printable.trim().split(" +")) {
      if (word.isEmpty()) {
        continue;
      }
      int wordColumns = SlipText.columns(word);
      if (lineColumns > 0 && lineColumns + 1 + wordColumns <= width) {
        line.append(' ').append(word);
        lineColumns += 1 + wordColumns;
        continue;
      }
      if (lineColumns > 0) {
        lines.add(line.toString());
        line.setLength(0);
        lineColumns = 0;
      }
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        int columns = SlipText.columns(c);
        if (lineColumns + columns > width) {
          lines.add(line.toString());
          line.setLength(0);
          lineColumns = 0;
        }
        line.append(c);
        lineColumns += columns;
      }
    }
    if (lineColumns > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
