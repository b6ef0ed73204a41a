package dev.o2o.adapters.scanner;

/** Told of scanner connection events, on the adapter's threads; it should return soon and not throw. */
@FunctionalInterface
public interface ScannerEventListener {

  /** A listener that ignores every event (the adapters log them anyway). */
  ScannerEventListener IGNORE = event -> { };

  void onEvent(ScannerEvent event);
}
