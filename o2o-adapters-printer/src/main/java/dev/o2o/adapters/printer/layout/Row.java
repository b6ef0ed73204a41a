package dev.o2o.adapters.printer.layout;

import java.util.Objects;

/** One line of a laid-out slip: text that fits the paper, or a barcode. */
public sealed interface Row {

  /**
   * A line of printable text, already aligned with spaces; it takes {@link SlipText#columns(String)} columns, twice
   * that when {@code doubleSize}, never more than the paper has.
   */
  record TextRow(String text, boolean bold, boolean doubleSize) implements Row {
    /** Refuses missing text. */
    public TextRow {
      Objects.requireNonNull(text, "text");
    }

    /** The columns the row takes on paper. */
    public int columns() {
      return SlipText.columns(text) * (doubleSize ? 2 : 1);
    }
  }

  /** A CODE128 barcode with its human-readable text below it. */
  record BarcodeRow(String data) implements Row {
    /** Refuses missing data. */
    public BarcodeRow {
      Objects.requireNonNull(data, "barcode data");
    }
  }
}
