package dev.o2o.core.order;

import java.util.List;

/** One page of a search of the order view, and how many orders matched in all. */
public record OrderPage(List<Order> orders, long total, int page, int pageSize) {

  /** Copies the orders. */
  public OrderPage {
    orders = List.copyOf(orders);
  }

  /** How many pages the matches fill. */
  public long pageCount() {
    return (total + pageSize - 1) / pageSize;
  }

  /** Whether a page follows this one. */
  public boolean hasNext() {
    return (long) (page + 1) * pageSize < total;
  }
}
