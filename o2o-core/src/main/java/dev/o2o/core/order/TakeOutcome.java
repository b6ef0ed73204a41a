package dev.o2o.core.order;

/** What taking an order came to: taken now, or taken before with the same content. */
public sealed interface TakeOutcome {

  /** The order as it is now kept. */
  Order order();

  /** The order is new and now kept. */
  record Taken(Order order) implements TakeOutcome {}

  /** The same order had been taken before; nothing changed. */
  record AlreadyTaken(Order order) implements TakeOutcome {}
}
