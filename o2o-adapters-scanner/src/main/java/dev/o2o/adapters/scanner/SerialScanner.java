package dev.o2o.adapters.scanner;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortEvent;
import com.fazecast.jSerialComm.SerialPortMessageListenerWithExceptions;
import dev.o2o.core.scan.ScanSink;
import dev.o2o.core.scan.ScannerId;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A serial (RS-232 or USB CDC) barcode scanner, read through jSerialComm: translates the bytes on the line into codes
 * for a {@link ScanSink}, one per suffix-terminated message, however the bytes were split across reads.
 *
 * <p>When the scanner is unplugged (or absent at start), the adapter reports it, closes the port at once (so
 * jSerialComm's disconnect event does not spin), and tries to reopen the path with {@link Backoff back-off} until the
 * device is back; then it reports it connected and codes flow again. {@link #stop()} closes the port and ends the
 * retries. Codes are delivered on jSerialComm's event thread, one at a time, in the order they were read.
 */
public final class SerialScanner implements ScanSource {

  private static final Logger log = LoggerFactory.getLogger(SerialScanner.class);

  private enum State { NEW, RUNNING, STOPPED }

  private final SerialSettings settings;
  private final ScannerId id;
  private final Backoff backoff;
  private final Delivery delivery;
  private final ScheduledThreadPoolExecutor reconnects;

  private final Object lock = new Object();
  private State state = State.NEW;
  private SerialPort port;
  private int failedAttempts;
  private boolean outageReported;

  private SerialScanner(Builder builder) {
    this.settings = builder.settings;
    this.id = builder.id == null ? ScannerId.of("serial:" + settings.portPath()) : builder.id;
    this.backoff = builder.backoff;
    this.delivery = new Delivery(builder.sink, builder.events);
    this.reconnects = new ScheduledThreadPoolExecutor(1, r -> {
      Thread thread = new Thread(r, "scanner-" + id + "-open");
      thread.setDaemon(true);
      return thread;
    });
    this.reconnects.setRemoveOnCancelPolicy(true);
  }

  /** A scanner with the given line settings, feeding {@code sink}; everything else has a default. */
  public static Builder builder(SerialSettings settings, ScanSink sink) {
    return new Builder(settings, sink);
  }

  /** The id this scanner's codes carry (default {@code serial:} and the port path). */
  public ScannerId id() {
    return id;
  }

  /** Whether the port is open now. */
  public boolean isConnected() {
    synchronized (lock) {
      return port != null;
    }
  }

  /** Opens the port in the background; if it cannot be opened yet, reports it and keeps trying with back-off. */
  @Override
  public void start() {
    synchronized (lock) {
      if (state != State.NEW) {
        throw new IllegalStateException("serial scanner " + id + " cannot start: it is " + state);
      }
      state = State.RUNNING;
    }
    reconnects.execute(this::tryOpen);
  }

  @Override
  public void stop() {
    SerialPort open;
    synchronized (lock) {
      if (state == State.STOPPED) {
        return;
      }
      state = State.STOPPED;
      open = port;
      port = null;
    }
    reconnects.shutdownNow();
    try {
      if (!reconnects.awaitTermination(10, TimeUnit.SECONDS)) {
        log.warn("{}: the open thread did not end within 10 s", id);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (open != null) {
      open.closePort();
    }
    delivery.event(new ScannerEvent.Stopped(id));
  }

  private void tryOpen() {
    synchronized (lock) {
      if (state != State.RUNNING) {
        return;
      }
    }
    SerialPort opened;
    try {
      opened = open();
    } catch (OpenFailure failure) {
      retryLater(failure.getMessage());
      return;
    }
    boolean keep;
    synchronized (lock) {
      keep = state == State.RUNNING;
      if (keep) {
        port = opened;
        failedAttempts = 0;
        outageReported = false;
      }
    }
    if (!keep) {
      opened.closePort();
      return;
    }
    delivery.event(new ScannerEvent.Connected(id, settings.portPath() + " -> " + opened.getSystemPortPath()));
  }

  private SerialPort open() throws OpenFailure {
    String path = settings.portPath();
    try {
      if (!Files.exists(Path.of(path))) {
        throw new OpenFailure("no device at " + path);
      }
      SerialPort candidate = SerialPort.getCommPort(path);
      candidate.setComPortParameters(settings.baudRate(), settings.dataBits(), stopBits(settings.stopBits()),
          parity(settings.parity()));
      if (!candidate.openPort()) {
        throw new OpenFailure("cannot open " + path + " (error " + candidate.getLastErrorCode() + " at "
            + candidate.getLastErrorLocation() + ")");
      }
      if (!candidate.addDataListener(new Listener(candidate))) {
        candidate.closePort();
        throw new OpenFailure("cannot listen to " + path);
      }
      return candidate;
    } catch (InvalidPathException | LinkageError e) {
      log.error("{}: cannot open {}", id, path, e);
      throw new OpenFailure("cannot open " + path + ": " + e);
    } catch (RuntimeException e) { // jSerialComm's SerialPortInvalidPortException among others
      throw new OpenFailure("cannot open " + path + ": " + e.getMessage());
    }
  }

  private void unplugged(SerialPort lost) {
    synchronized (lock) {
      if (port != lost) {
        return; // a repeat of the disconnect event, or stop() got there first
      }
      port = null;
    }
    lost.closePort(); // at once: until it is closed, jSerialComm fires the disconnect event in a busy loop
    retryLater("unplugged: " + settings.portPath() + " went away");
  }

  private void retryLater(String reason) {
    int attempt;
    boolean report;
    synchronized (lock) {
      if (state != State.RUNNING) {
        return;
      }
      attempt = ++failedAttempts;
      report = !outageReported;
      outageReported = true;
    }
    if (report) {
      delivery.event(new ScannerEvent.Disconnected(id, reason));
    } else {
      log.debug("{}: still away: {}", id, reason);
    }
    Duration delay = backoff.delay(attempt);
    delivery.event(new ScannerEvent.ReconnectScheduled(id, attempt, delay));
    try {
      reconnects.schedule(this::tryOpen, delay.toNanos(), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException stopped) {
      log.debug("{}: stopped before the reconnect could be scheduled", id);
    }
  }

  private void received(byte[] message) {
    int length = message.length;
    byte[] suffix = settings.suffix().bytes();
    if (endsWith(message, suffix)) {
      length -= suffix.length;
    }
    delivery.code(id, new String(message, 0, length, settings.charset()));
  }

  private static boolean endsWith(byte[] message, byte[] suffix) {
    if (message.length < suffix.length) {
      return false;
    }
    for (int i = 0; i < suffix.length; i++) {
      if (message[message.length - suffix.length + i] != suffix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int stopBits(StopBits stopBits) {
    switch (stopBits) {
      case ONE: return SerialPort.ONE_STOP_BIT;
      case ONE_AND_A_HALF: return SerialPort.ONE_POINT_FIVE_STOP_BITS;
      case TWO: return SerialPort.TWO_STOP_BITS;
      default: throw new IllegalArgumentException("stop bits " + stopBits);
    }
  }

  private static int parity(Parity parity) {
    switch (parity) {
      case NONE: return SerialPort.NO_PARITY;
      case ODD: return SerialPort.ODD_PARITY;
      case EVEN: return SerialPort.EVEN_PARITY;
      case MARK: return SerialPort.MARK_PARITY;
      case SPACE: return SerialPort.SPACE_PARITY;
      default: throw new IllegalArgumentException("parity " + parity);
    }
  }

  /** jSerialComm's view of one opened port: whole suffix-terminated messages, and the unplug event. */
  private final class Listener implements SerialPortMessageListenerWithExceptions {

    private final SerialPort owner;

    Listener(SerialPort owner) {
      this.owner = owner;
    }

    @Override
    public int getListeningEvents() {
      return SerialPort.LISTENING_EVENT_DATA_RECEIVED | SerialPort.LISTENING_EVENT_PORT_DISCONNECTED;
    }

    @Override
    public byte[] getMessageDelimiter() {
      return settings.suffix().bytes();
    }

    @Override
    public boolean delimiterIndicatesEndOfMessage() {
      return true;
    }

    @Override
    public void serialEvent(SerialPortEvent event) {
      if (event.getEventType() == SerialPort.LISTENING_EVENT_PORT_DISCONNECTED) {
        unplugged(owner);
      } else if (event.getEventType() == SerialPort.LISTENING_EVENT_DATA_RECEIVED) {
        received(event.getReceivedData());
      }
    }

    @Override
    public void catchException(Exception e) {
      log.error("{}: jSerialComm's event thread failed", id, e);
    }
  }

  /** Opening failed for a reason worth reporting; the adapter tries again later. */
  private static final class OpenFailure extends Exception {
    OpenFailure(String message) {
      super(message, null, false, false);
    }
  }

  /** Configures a {@link SerialScanner}; settings not given keep their stated defaults. */
  public static final class Builder {

    private final SerialSettings settings;
    private final ScanSink sink;
    private ScannerId id;
    private Backoff backoff = Backoff.DEFAULT;
    private ScannerEventListener events = ScannerEventListener.IGNORE;

    private Builder(SerialSettings settings, ScanSink sink) {
      this.settings = Objects.requireNonNull(settings, "serial settings");
      this.sink = Objects.requireNonNull(sink, "scan sink");
    }

    /** The id the codes carry (default {@code serial:<path>}). */
    public Builder id(ScannerId id) {
      this.id = Objects.requireNonNull(id, "scanner id");
      return this;
    }

    /** The delays between attempts to reopen (default {@link Backoff#DEFAULT}). */
    public Builder backoff(Backoff backoff) {
      this.backoff = Objects.requireNonNull(backoff, "backoff");
      return this;
    }

    /** Who is told of connects, unplugs and retries (default: nobody; they are logged either way). */
    public Builder events(ScannerEventListener events) {
      this.events = Objects.requireNonNull(events, "event listener");
      return this;
    }

    public SerialScanner build() {
      return new SerialScanner(this);
    }
  }
}
