package dev.o2o.core.order;

/** An order line was asked to move between two states the transition table does not join. */
public final class IllegalLineTransitionException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  public IllegalLineTransitionException(OrderId order, int lineNumber, LineState from, LineState to) {
    super("line " + lineNumber + " of order " + order + " cannot move from " + from + " to " + to);
  }
}
