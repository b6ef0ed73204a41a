package dev.o2o.adapters.scanner;

import dev.o2o.core.scan.ScanSink;
import dev.o2o.core.scan.ScannerId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A keyboard-wedge scanner, or anything else that types codes as lines: reads lines (ended by CR, LF or CRLF) from a
 * {@link Reader} such as standard input on a background thread, and hands each to a {@link ScanSink}. The end of the
 * input is reported as a disconnect; {@link #stop()} closes the reader.
 */
public final class KeyboardWedgeScanner implements ScanSource {

  private static final Logger log = LoggerFactory.getLogger(KeyboardWedgeScanner.class);

  private final ScannerId id;
  private final BufferedReader reader;
  private final Delivery delivery;
  private final Thread thread;
  private final Object lock = new Object();
  private boolean started;
  private volatile boolean stopped;

  private KeyboardWedgeScanner(ScannerId id, Reader reader, ScanSink sink, ScannerEventListener events) {
    this.id = Objects.requireNonNull(id, "scanner id");
    this.reader = new BufferedReader(Objects.requireNonNull(reader, "reader"));
    this.delivery = new Delivery(Objects.requireNonNull(sink, "scan sink"), Objects.requireNonNull(events, "events"));
    this.thread = new Thread(this::readLines, "scanner-" + id);
    this.thread.setDaemon(true); // a thread blocked on standard input must not keep the JVM alive
  }

  /** Reads codes from {@code reader} as scanner {@code id}. */
  public static KeyboardWedgeScanner reading(ScannerId id, Reader reader, ScanSink sink, ScannerEventListener events) {
    return new KeyboardWedgeScanner(id, reader, sink, events);
  }

  /** Reads codes typed on standard input, in the platform's charset, as scanner {@code keyboard}. */
  public static KeyboardWedgeScanner stdin(ScanSink sink, ScannerEventListener events) {
    return fromStream(ScannerId.of("keyboard"), System.in, Charset.defaultCharset(), sink, events);
  }

  /** Reads codes from {@code input} decoded with {@code charset}, as scanner {@code id}. */
  public static KeyboardWedgeScanner fromStream(
      ScannerId id, InputStream input, Charset charset, ScanSink sink, ScannerEventListener events) {
    return new KeyboardWedgeScanner(id, new InputStreamReader(input, charset), sink, events);
  }

  public ScannerId id() {
    return id;
  }

  @Override
  public void start() {
    synchronized (lock) {
      if (started || stopped) {
        throw new IllegalStateException("keyboard-wedge scanner " + id + " was already started or stopped");
      }
      started = true;
    }
    delivery.event(new ScannerEvent.Connected(id, "reader")); // before the thread can report the end of input
    thread.start();
  }

  /**
   * Closes the reader and waits briefly for the reading thread. A thread blocked on standard input may only notice at
   * its next line; it is a daemon thread, so it never holds the JVM open.
   */
  @Override
  public void stop() {
    synchronized (lock) {
      if (stopped) {
        return;
      }
      stopped = true;
    }
    try {
      reader.close();
    } catch (IOException e) {
      log.debug("{}: closing the reader failed", id, e);
    }
    thread.interrupt();
    try {
      thread.join(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    delivery.event(new ScannerEvent.Stopped(id));
  }

  private void readLines() {
    String reason = "end of input";
    try {
      String line;
      while (!stopped && (line = reader.readLine()) != null) {
        delivery.code(id, line);
      }
    } catch (IOException e) {
      reason = "input failed: " + e.getMessage();
    }
    if (!stopped) {
      delivery.event(new ScannerEvent.Disconnected(id, reason));
    }
  }
}
