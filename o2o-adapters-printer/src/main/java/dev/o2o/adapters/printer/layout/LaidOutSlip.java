package dev.o2o.adapters.printer.layout;

import java.util.List;
import java.util.Objects;

/** A slip set for one paper width: the rows to print, top to bottom, before the cut. */
public record LaidOutSlip(PaperWidth paper, List<Row> rows) {

  /** Refuses missing parts and rows wider than the paper. */
  public LaidOutSlip {
    Objects.requireNonNull(paper, "paper width");
    rows = List.copyOf(rows);
    for (Row row : rows) {
      if (row instanceof Row.TextRow text && text.columns() > paper.columns()) {
        throw new IllegalArgumentException(
            "row takes " + text.columns() + " columns, the paper has " + paper.columns() + ": '" + text.text() + "'");
      }
    }
  }

  /** The text rows, as printed, without the barcodes. */
  public List<String> textLines() {
    return rows.stream().filter(Row.TextRow.class::isInstance).map(r -> ((Row.TextRow) r).text()).toList();
  }
}
