package dev.o2o.core.scan;

/**
 * Told of every scan that passed the double-read window, recognised or not, in the order each scanner read them.
 * Scanning sessions and hosts implement it; it is called on the scanner adapter's thread, so it should return soon.
 */
@FunctionalInterface
public interface ScanListener {

  void onScan(Scan scan);
}
