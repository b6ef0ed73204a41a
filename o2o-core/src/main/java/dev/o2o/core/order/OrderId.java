package dev.o2o.core.order;

import static dev.o2o.core.model.Checks.requireCode;

/** An order's identity: the mall channel it came from and its mall order number, unique within that channel. */
public record OrderId(String channel, String number) implements Comparable<OrderId> {

  /** Refuses blank or over-long parts, and a channel holding '/' (the separator {@link #toString()} writes). */
  public OrderId {
    requireCode("channel", channel);
    requireCode("mall order number", number);
    if (channel.indexOf('/') >= 0) {
      throw new IllegalArgumentException("channel must not contain '/': '" + channel + "'");
    }
  }

  public static OrderId of(String channel, String number) {
    return new OrderId(channel, number);
  }

  /** Reads the form {@link #toString()} writes, {@code CHANNEL/NUMBER}. */
  public static OrderId parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("order id must be written CHANNEL/NUMBER, got '" + text + "'");
    }
    return new OrderId(text.substring(0, slash), text.substring(slash + 1));
  }

  @Override
  public int compareTo(OrderId other) {
    // Orders of one channel mostly share its name's string: no need to read it through.
    int byChannel = channel == other.channel ? 0 : channel.compareTo(other.channel);
    return byChannel != 0 ? byChannel : number.compareTo(other.number);
  }

  @Override
  public String toString() {
    return channel + "/" + number;
  }
}
