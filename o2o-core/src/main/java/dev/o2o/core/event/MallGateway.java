package dev.o2o.core.event;

import java.util.List;

/**
 * Outbound port: the online mall, implemented by the host for its own mall. A call either delivers the whole batch or
 * throws; delivery is at least once, so the mall must accept an event it has already seen.
 */
public interface MallGateway {

  /** Sends a batch of events, in order; throws when the mall did not take them. */
  void send(List<MallEvent> events);
}
