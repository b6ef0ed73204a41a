package dev.o2o.adapters.scanner;

import dev.o2o.core.scan.ScanSink;
import dev.o2o.core.scan.ScannerId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands codes to the sink and events to the listener, so that neither can kill a reading thread by throwing. */
final class Delivery {

  private static final Logger log = LoggerFactory.getLogger(Delivery.class);

  private final ScanSink sink;
  private final ScannerEventListener events;

  Delivery(ScanSink sink, ScannerEventListener events) {
    this.sink = sink;
    this.events = events;
  }

  void code(ScannerId scanner, String code) {
    try {
      sink.receive(scanner, code);
    } catch (RuntimeException e) {
      log.error("{}: the scan sink failed on code '{}'; reading goes on", scanner, code, e);
      event(new ScannerEvent.DeliveryFailed(scanner, code, e));
    }
  }

  void event(ScannerEvent event) {
    if (event instanceof ScannerEvent.Disconnected d) {
      log.warn("{}: disconnected: {}", d.scanner(), d.reason());
    } else if (event instanceof ScannerEvent.ReconnectScheduled r) {
      log.debug("{}: reconnect attempt {} in {}", r.scanner(), r.attempt(), r.delay());
    } else if (!(event instanceof ScannerEvent.DeliveryFailed)) {
      log.info("{}", event);
    }
    try {
      events.onEvent(event);
    } catch (RuntimeException e) {
      log.error("the scanner event listener failed on {}", event, e);
    }
  }
}
