package dev.o2o.core.scan;

/** What a scanned code was recognised as. */
public enum CodeKind {
  /** A 13-digit GS1 item barcode with a right check digit (Korean products: prefix 880). */
  EAN_13("EAN-13"),
  /** An 8-digit GS1 item barcode with a right check digit. */
  EAN_8("EAN-8"),
  /** A 12-digit UPC-A item barcode with a right check digit. */
  UPC_A("UPC-A"),
  /** The number of a pickup's slips (acceptance, cancellation, expiry). */
  PICKUP_SLIP("pickup slip"),
  /** The mall order number on the slip a pickup customer brings. */
  CUSTOMER_SLIP("customer slip"),
  /** A courier's waybill number. */
  WAYBILL("waybill"),
  /** None of the above; the scan says why. */
  UNRECOGNISED("unrecognised");

  private final String label;

  CodeKind(String label) {
    this.label = label;
  }

  /** Whether this is a barcode printed on an item (EAN-13, EAN-8, UPC-A). */
  public boolean isItemBarcode() {
    return this == EAN_13 || this == EAN_8 || this == UPC_A;
  }

  /** The name staff read, for example {@code EAN-13}. */
  public String label() {
    return label;
  }
}
