package dev.o2o.adapters.scanner;

import static org.assertj.core.api.Assertions.fail;

import dev.o2o.core.scan.Scan;
import dev.o2o.core.scan.ScanListener;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Collects scans and scanner events from the adapters' threads, and lets a test wait for them (never for a time). */
final class Recorder implements ScanListener, ScannerEventListener {

  private static final long PATIENCE_SECONDS = 60; // a bound for a broken test, not a speed requirement

  private final List<Scan> scans = new ArrayList<>();
  private final List<ScannerEvent> events = new ArrayList<>();

  @Override
  public synchronized void onScan(Scan scan) {
    scans.add(scan);
    notifyAll();
  }

  @Override
  public synchronized void onEvent(ScannerEvent event) {
    events.add(event);
    notifyAll();
  }

  synchronized List<Scan> scans() {
    return List.copyOf(scans);
  }

  synchronized List<ScannerEvent> events() {
    return List.copyOf(events);
  }

  synchronized <T extends ScannerEvent> List<T> events(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Waits until {@code count} scans have arrived; returns them all. */
  synchronized List<Scan> awaitScans(int count) {
    awaitUntil(() -> scans.size() >= count, count + " scans, got " + scans.size());
    return List.copyOf(scans);
  }

  /** Waits until a scan with {@code code} has arrived; returns every scan so far. */
  synchronized List<Scan> awaitCode(String code) {
    awaitUntil(() -> scans.stream().anyMatch(s -> s.code().equals(code)), "a scan of " + code);
    return List.copyOf(scans);
  }

  /** Waits until {@code count} events of {@code type} have arrived; returns the last of them. */
  synchronized <T extends ScannerEvent> T awaitEvent(Class<T> type, int count) {
    awaitUntil(() -> events(type).size() >= count, count + " x " + type.getSimpleName());
    return events(type).get(count - 1);
  }

  synchronized <T extends ScannerEvent> T awaitEvent(Class<T> type) {
    return awaitEvent(type, 1);
  }

  private void awaitUntil(java.util.function.BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
    while (!condition.getAsBoolean()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        fail("waited " + PATIENCE_SECONDS + " s for " + what + "; events: " + events);
      }
      try {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail("interrupted waiting for " + what);
      }
    }
  }
}
