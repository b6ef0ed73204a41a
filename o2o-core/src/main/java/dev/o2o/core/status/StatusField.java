package dev.o2o.core.status;

/** The fields of a {@link SkuStatus}, as an error names them. */
public enum StatusField {
  CLOSED("closed"),
  CLOSING_DATE("closing date"),
  REORDER("reorder"),
  REORDER_DATE("reorder date"),
  FORCED_SOLD_OUT("forced sold-out"),
  LIMITED_STOCK("limited stock");

  private final String label;

  StatusField(String label) {
    this.label = label;
  }

  @Override
  public String toString() {
    return label;
  }
}
