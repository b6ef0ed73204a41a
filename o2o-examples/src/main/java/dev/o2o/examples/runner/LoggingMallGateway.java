package dev.o2o.examples.runner;

import dev.o2o.core.event.MallEvent;
import dev.o2o.core.event.MallGateway;
import java.util.ArrayList;
import java.util.List;

/**
 * The online mall's stand-in: it prints what it receives. It can be switched off, to show that nothing is lost while
 * the mall is down.
 */
final class LoggingMallGateway implements MallGateway {

  private static final int SHOWN_PER_BATCH = 4;

  private final Console console;
  private final List<MallEvent> received = new ArrayList<>();
  private boolean down;

  LoggingMallGateway(Console console) {
    this.console = console;
  }

  void setDown(boolean value) {
    this.down = value;
  }

  List<MallEvent> received() {
    return List.copyOf(received);
  }

  @Override
  public void send(List<MallEvent> events) {
    if (down) {
      console.warn("  mall: unreachable, " + events.size() + " event(s) stay in the outbox");
      throw new IllegalStateException("the mall stand-in is switched off");
    }
    int shown = 0;
    for (MallEvent event : events) {
      if (shown++ < SHOWN_PER_BATCH) {
        console.line("  mall <- " + describe(event));
      }
      received.add(event);
    }
    if (events.size() > SHOWN_PER_BATCH) {
      console.line("  mall <- ... and " + (events.size() - SHOWN_PER_BATCH) + " more in this batch");
    }
  }

  static String describe(MallEvent event) {
    if (event instanceof MallEvent.SkuStateChanged s) {
      return s.sku() + ": sellable " + s.sellableOnline() + (s.forcedSoldOut() ? ", forced sold-out" : "")
          + (s.limitedStock() ? ", limited stock" : "");
    }
    if (event instanceof MallEvent.OrderShipped s) {
      return "order " + s.channel() + "/" + s.mallOrderNumber() + " shipped with " + s.courier() + " "
          + s.waybillNumber();
    }
    if (event instanceof MallEvent.PickupStateChanged p) {
      return "pickup " + p.mallOrderNumber() + " at " + p.store().code() + ": " + p.state()
          + p.reason().map(r -> " (" + r + ")").orElse("");
    }
    return event.toString();
  }
}
