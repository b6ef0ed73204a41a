package dev.o2o.pickup;

/**
 * How the pickup acceptance history groups states, each with its colour: red cancelled, blue completed, black accepted,
 * grey expired (as the product description has it). A request not yet accepted is shown in black like an accepted one;
 * a pickup the store could not provide counts as cancelled.
 */
public enum DisplayCategory {
  REQUESTED(DisplayColour.BLACK),
  ACCEPTED(DisplayColour.BLACK),
  COMPLETED(DisplayColour.BLUE),
  CANCELLED(DisplayColour.RED),
  EXPIRED(DisplayColour.GREY);

  private final DisplayColour colour;

  DisplayCategory(DisplayColour colour) {
    this.colour = colour;
  }

  public DisplayColour colour() {
    return colour;
  }
}
