package dev.o2o.adapters.scanner;

/** A scanner input that runs in the background once started and releases what it holds when stopped. */
public interface ScanSource extends AutoCloseable {

  /** Starts reading in the background; returns at once. Refuses a second start and a start after stop. */
  void start();

  /** Stops reading and releases the device, socket or reader; waits for the reading threads to end. Idempotent. */
  void stop();

  /** Same as {@link #stop()}. */
  @Override
  default void close() {
    stop();
  }
}
