package dev.o2o.core.order;

import static dev.o2o.core.model.Checks.requireCode;
import static dev.o2o.core.model.Checks.requireText;

/** The customer who ordered: the mall's customer id and their name. */
public record Customer(String id, String name) {

  /** Refuses a blank id or name. */
  public Customer {
    requireCode("customer id", id);
    requireText("name of customer " + id, name);
  }

  public static Customer of(String id, String name) {
    return new Customer(id, name);
  }
}
