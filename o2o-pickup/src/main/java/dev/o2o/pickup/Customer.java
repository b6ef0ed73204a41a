package dev.o2o.pickup;

import dev.o2o.core.model.Checks;
import dev.o2o.pickup.print.MaskedCustomer;

/** The customer who collects a pickup: name and phone as the mall sent them (slips show them masked). */
public record Customer(String name, String phone) {

  /** Refuses blank parts. */
  public Customer {
    Checks.requireText("customer name", name);
    Checks.requireText("customer phone", phone);
  }

  /** The customer as a slip shows them. */
  public MaskedCustomer masked() {
    return MaskedCustomer.mask(name, phone);
  }

  /** Whether {@code text} occurs in the name or the phone number (search by customer). */
  public boolean matches(String text) {
    return name.contains(text) || phone.contains(text);
  }

  @Override
  public String toString() {
    return masked().name() + " " + masked().phone(); // never log the full name and number
  }
}
