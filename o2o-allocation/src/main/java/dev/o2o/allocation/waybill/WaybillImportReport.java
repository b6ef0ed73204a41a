package dev.o2o.allocation.waybill;

import java.nio.charset.Charset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What importing a courier file did: the charset it was read in, and every data row with its outcome, in file order. */
public record WaybillImportReport(Charset charset, List<ImportedRow> rows) {

  /** Copies the rows. */
  public WaybillImportReport {
    Objects.requireNonNull(charset, "charset");
    rows = List.copyOf(rows);
  }

  /** How many rows ended in each status (every status present, zero or more). */
  public Map<RowStatus, Integer> counts() {
    Map<RowStatus, Integer> counts = new EnumMap<>(RowStatus.class);
    for (RowStatus status : RowStatus.values()) {
      counts.put(status, 0);
    }
    rows.forEach(row -> counts.merge(row.status(), 1, Integer::sum));
    return counts;
  }

  /** The rows that ended in {@code status}. */
  public List<ImportedRow> rows(RowStatus status) {
    return rows.stream().filter(r -> r.status() == status).toList();
  }
}
