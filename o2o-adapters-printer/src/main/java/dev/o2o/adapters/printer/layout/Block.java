package dev.o2o.adapters.printer.layout;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** One part of a {@link SlipDocument}: what it says and its role, never its columns (the layout sets those). */
public sealed interface Block {

  /** A heading in double-size letters, centred. */
  record Title(String text) implements Block {
    /** Refuses blank text. */
    public Title {
      requireFilled("title", text);
    }
  }

  /** A paragraph, wrapped at spaces, with its alignment and weight. */
  record Text(String text, Align align, boolean bold) implements Block {
    /** Refuses missing parts. */
    public Text {
      requireNonNull(text, "text");
      requireNonNull(align, "alignment of '" + text + "'");
    }

    /** Plain text on the left. */
    public static Text of(String text) {
      return new Text(text, Align.LEFT, false);
    }
  }

  /** A label on the left and its value on the right, on one line when both fit. */
  record Field(String label, String value) implements Block {
    /** Refuses missing parts. */
    public Field {
      requireFilled("field label", label);
      requireNonNull(value, "value of field '" + label + "'");
    }
  }

  /**
   * An item: its name (wrapped, never cut short) with the quantity on the right of its first line, and detail lines
   * (code, colour, size) indented below.
   */
  record Item(String name, List<String> details, String quantity) implements Block {
    /** Refuses missing parts. */
    public Item {
      requireFilled("item name", name);
      details = List.copyOf(details);
      requireFilled("quantity of item '" + name + "'", quantity);
    }
  }

  /** A line across the paper. */
  record Rule() implements Block {}

  /** An empty line. */
  record Blank() implements Block {}

  /**
   * A CODE128 barcode with its human-readable text below: printable ASCII that fits 58 mm paper at two dots a module
   * (up to 12 letters, or 24 digits, or a mix such as {@code PK000000000042}).
   */
  record Barcode(String data) implements Block {

    /** Refuses data CODE128 cannot carry, and data too long for 58 mm paper at two dots a module. */
    public Barcode {
      requireNonNull(data, "barcode data");
      if (Code128.of(data).moduleWidthFor(PaperWidth.MM58_32.dots()) < 2) {
        throw new IllegalArgumentException("barcode data too long for 58 mm paper: '" + data + "'");
      }
    }
  }

  private static void requireFilled(String what, String text) {
    requireNonNull(text, what);
    if (text.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }
}
