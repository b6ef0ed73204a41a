package dev.o2o.core.order;

import dev.o2o.core.model.SkuCode;
import dev.o2o.core.model.StyleCode;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A search of the integrated order view: every criterion left empty matches every order. Results are sorted by order
 * time (oldest first unless {@code newestFirst}), ties by order id in the same direction, and cut into pages of {@code pageSize} (page 0
 * first).
 *
 * @param orderedFrom order time at or after, inclusive
 * @param orderedBefore order time before, exclusive
 * @param states the order states to match; empty matches any
 * @param customer a customer id (exact) or a part of the customer's name
 */
public record OrderQuery(
    Optional<Instant> orderedFrom,
    Optional<Instant> orderedBefore,
    Set<OrderState> states,
    Optional<Boolean> held,
    Optional<Boolean> flagged,
    Optional<Boolean> priority,
    Optional<String> channel,
    Optional<SkuCode> sku,
    Optional<StyleCode> style,
    Optional<String> customer,
    boolean newestFirst,
    int page,
    int pageSize) {

  /** The largest page a search returns. */
  public static final int MAX_PAGE_SIZE = 1000;

  /** Refuses missing parts, a negative page and a page size outside 1 to {@link #MAX_PAGE_SIZE}. */
  public OrderQuery {
    Objects.requireNonNull(orderedFrom, "orderedFrom");
    Objects.requireNonNull(orderedBefore, "orderedBefore");
    states = states.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(states));
    Objects.requireNonNull(held, "held");
    Objects.requireNonNull(flagged, "flagged");
    Objects.requireNonNull(priority, "priority");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(customer, "customer");
    if (page < 0) {
      throw new IllegalArgumentException("page must not be negative, got " + page);
    }
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("page size must be 1 to " + MAX_PAGE_SIZE + ", got " + pageSize);
    }
  }

  /** Starts a query that matches every order, oldest first, first page of 50. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether {@code order} meets every criterion (paging aside): the rule every {@link OrderStore} follows. */
  public boolean matches(Order order) {
    if (orderedFrom.filter(from -> order.orderedAt().isBefore(from)).isPresent()
        || orderedBefore.filter(before -> !order.orderedAt().isBefore(before)).isPresent()
        || (!states.isEmpty() && !states.contains(order.state()))
        || held.filter(h -> h != order.isHeld()).isPresent()
        || flagged.filter(f -> f != order.flagged()).isPresent()
        || priority.filter(p -> p != order.priority()).isPresent()
        || channel.filter(c -> !c.equals(order.id().channel())).isPresent()
        || sku.filter(s -> order.lines().stream().noneMatch(l -> l.sku().equals(s))).isPresent()
        || style.filter(s -> order.lines().stream().noneMatch(l -> l.style().equals(s))).isPresent()) {
      return false;
    }
    return customer.map(c -> c.equals(order.customer().id()) || order.customer().name().contains(c)).orElse(true);
  }

  /** The same criteria, another page. */
  public OrderQuery page(int newPage) {
    return new OrderQuery(orderedFrom, orderedBefore, states, held, flagged, priority, channel, sku, style, customer,
        newestFirst, newPage, pageSize);
  }

  /** Builds an {@link OrderQuery}; unset criteria match everything. */
  public static final class Builder {
    private Optional<Instant> orderedFrom = Optional.empty();
    private Optional<Instant> orderedBefore = Optional.empty();
    private Set<OrderState> states = EnumSet.noneOf(OrderState.class);
    private Optional<Boolean> held = Optional.empty();
    private Optional<Boolean> flagged = Optional.empty();
    private Optional<Boolean> priority = Optional.empty();
    private Optional<String> channel = Optional.empty();
    private Optional<SkuCode> sku = Optional.empty();
    private Optional<StyleCode> style = Optional.empty();
    private Optional<String> customer = Optional.empty();
    private boolean newestFirst;
    private int page;
    private int pageSize = 50;

    private Builder() {}

    /** Order time in [from, before). */
    public Builder orderedBetween(Instant from, Instant before) {
      this.orderedFrom = Optional.of(from);
      this.orderedBefore = Optional.of(before);
      return this;
    }

    public Builder states(OrderState first, OrderState... more) {
      this.states = EnumSet.of(first, more);
      return this;
    }

    public Builder held(boolean value) {
      this.held = Optional.of(value);
      return this;
    }

    public Builder flagged(boolean value) {
      this.flagged = Optional.of(value);
      return this;
    }

    public Builder priority(boolean value) {
      this.priority = Optional.of(value);
      return this;
    }

    public Builder channel(String value) {
      this.channel = Optional.of(value);
      return this;
    }

    public Builder sku(SkuCode value) {
      this.sku = Optional.of(value);
      return this;
    }

    public Builder style(StyleCode value) {
      this.style = Optional.of(value);
      return this;
    }

    /** A customer id, or part of a customer's name. */
    public Builder customer(String value) {
      this.customer = Optional.of(value);
      return this;
    }

    public Builder newestFirst() {
      this.newestFirst = true;
      return this;
    }

    public Builder page(int value) {
      this.page = value;
      return this;
    }

    public Builder pageSize(int value) {
      this.pageSize = value;
      return this;
    }

    public OrderQuery build() {
      return new OrderQuery(orderedFrom, orderedBefore, states, held, flagged, priority, channel, sku, style,
          customer, newestFirst, page, pageSize);
    }
  }
}
