package dev.o2o.pickup;

/** The colour a pickup's history row is shown in. */
public enum DisplayColour {
  RED("#D32F2F"),
  BLUE("#1976D2"),
  BLACK("#000000"),
  GREY("#9E9E9E");

  private final String hex;

  DisplayColour(String hex) {
    this.hex = hex;
  }

  /** A suggested RGB value, {@code #RRGGBB}, for hosts that draw the colour themselves. */
  public String hex() {
    return hex;
  }
}
