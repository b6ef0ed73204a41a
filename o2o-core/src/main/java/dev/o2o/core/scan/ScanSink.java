package dev.o2o.core.scan;

/**
 * Inbound port: where scanner adapters hand the codes they read, one call per code (the line without its suffix).
 * Implementations must be safe to call from several scanners' threads at once.
 */
@FunctionalInterface
public interface ScanSink {

  /** Takes one code read by {@code scanner}; never throws for a bad code (a bad code is reported as unrecognised). */
  void receive(ScannerId scanner, String code);
}
