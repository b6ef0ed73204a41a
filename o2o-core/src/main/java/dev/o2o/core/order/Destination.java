package dev.o2o.core.order;

import static dev.o2o.core.model.Checks.requireText;

/** Where an order is delivered: recipient, phone, postal code and address, as the mall sent them. */
public record Destination(String recipient, String phone, String postalCode, String address) {

  /** Refuses blank parts. */
  public Destination {
    requireText("recipient", recipient);
    requireText("phone of " + recipient, phone);
    requireText("postal code of " + recipient, postalCode);
    requireText("address of " + recipient, address);
  }
}
