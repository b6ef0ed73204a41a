package dev.o2o.adapters.printer.connection;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A network printer (raw TCP, port 9100 by default) on a socket this class opens itself for each slip, so that an
 * offline printer is an error and not a silent loss: connecting gives up after the connect timeout, and writing when
 * the printer has taken no byte for the write timeout.
 *
 * <p>With status confirmation (the default), a status request ({@code DLE EOT 1}) follows the slip and the slip counts
 * as taken only once the printer answers it online: the printer has then received every byte of the slip. Without it,
 * a slip counts as taken once the operating system accepted all its bytes, and a connection that breaks after that is
 * not noticed. Thread-safe: each send has its own socket.
 */
public final class TcpPrinterConnection implements PrinterConnection {

  /** The raw printing port of network printers. */
  public static final int DEFAULT_PORT = 9100;

  private final String host;
  private final int port;
  private final Duration connectTimeout;
  private final Duration writeTimeout;
  private final Optional<Duration> statusTimeout;

  private TcpPrinterConnection(Builder builder) {
    this.host = builder.host;
    this.port = builder.port;
    this.connectTimeout = builder.connectTimeout;
    this.writeTimeout = builder.writeTimeout;
    this.statusTimeout = builder.statusTimeout;
  }

  /**
   * A builder with port {@value #DEFAULT_PORT}, a 5 s connect timeout, a 10 s write timeout and status confirmation
   * within 5 s.
   */
  public static Builder builder(String host) {
    return new Builder(host);
  }

  @Override
  public void send(byte[] slip) throws PrinterException {
    InetSocketAddress address = new InetSocketAddress(host, port);
    if (address.isUnresolved()) {
      throw PrinterException.unreachable("printer host not found: " + describe(), null);
    }
    try (Selector selector = Selector.open(); SocketChannel channel = SocketChannel.open()) {
      channel.configureBlocking(false);
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      SelectionKey key = channel.register(selector, 0);
      connect(channel, key, selector, address);
      long sent = write(channel, key, selector, slip);
      if (statusTimeout.isPresent()) {
        confirm(channel, key, selector, statusTimeout.get(), sent);
      }
    } catch (IOException e) {
      // Opening a selector or closing the socket failed after the slip went out or before anything was sent.
      throw PrinterException.interrupted("I/O failure on " + describe() + ": " + e.getMessage(), e);
    }
  }

  private void connect(SocketChannel channel, SelectionKey key, Selector selector, InetSocketAddress address)
      throws PrinterException {
    try {
      if (channel.connect(address)) {
        return;
      }
      if (!ready(selector, key, SelectionKey.OP_CONNECT, connectTimeout)) {
        throw PrinterException.unreachable(
            "connecting to " + describe() + " timed out after " + connectTimeout.toMillis() + " ms", null);
      }
      channel.finishConnect();
    } catch (ConnectException e) {
      throw PrinterException.unreachable("printer refused the connection: " + describe() + " (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw PrinterException.unreachable("cannot connect to " + describe() + ": " + e.getMessage(), e);
    }
  }

  private long write(SocketChannel channel, SelectionKey key, Selector selector, byte[] slip) throws PrinterException {
    ByteBuffer buffer = ByteBuffer.allocate(slip.length + EscPosStatus.REQUEST.length);
    buffer.put(slip);
    if (statusTimeout.isPresent()) {
      buffer.put(EscPosStatus.REQUEST);
    }
    buffer.flip();
    int total = buffer.remaining();
    try {
      while (buffer.hasRemaining()) {
        if (channel.write(buffer) > 0) {
          continue;
        }
        if (!ready(selector, key, SelectionKey.OP_WRITE, writeTimeout)) {
          throw new WriteTimeout();
        }
      }
      return total;
    } catch (WriteTimeout e) {
      throw failure("the printer took no data for " + writeTimeout.toMillis() + " ms", total - buffer.remaining(), e);
    } catch (IOException e) {
      throw failure("writing failed: " + e.getMessage(), total - buffer.remaining(), e);
    }
  }

  private void confirm(SocketChannel channel, SelectionKey key, Selector selector, Duration timeout, long sent)
      throws PrinterException {
    ByteBuffer status = ByteBuffer.allocate(1);
    try {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (status.hasRemaining()) {
        int read = channel.read(status);
        if (read < 0) {
          throw failure("the printer closed the connection before confirming the slip", sent, null);
        }
        Duration left = Duration.ofNanos(deadline - System.nanoTime());
        if (read == 0 && (left.isNegative() || !ready(selector, key, SelectionKey.OP_READ, left))) {
          throw failure("the printer did not answer the status request within " + timeout.toMillis() + " ms", sent,
              null);
        }
      }
    } catch (IOException e) {
      throw failure("reading the printer status failed: " + e.getMessage(), sent, e);
    }
    Optional<String> problem = EscPosStatus.problem(status.get(0) & 0xFF);
    if (problem.isPresent()) {
      throw PrinterException.interrupted(problem.get() + ": " + describe(), null);
    }
  }

  /** Waits until the channel is ready for {@code ops}, at most {@code timeout}; false when the time ran out. */
  private static boolean ready(Selector selector, SelectionKey key, int ops, Duration timeout) throws IOException {
    key.interestOps(ops);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      long left = (deadline - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        return false;
      }
      if (selector.select(left) > 0) {
        selector.selectedKeys().clear();
        return true;
      }
    }
  }

  private PrinterException failure(String what, long sent, Throwable cause) {
    String message = what + " (" + sent + " bytes sent): " + describe();
    return sent > 0 ? PrinterException.interrupted(message, cause) : PrinterException.unreachable(message, cause);
  }

  @Override
  public String describe() {
    return "tcp://" + host + ":" + port;
  }

  /** A write that made no progress within the write timeout. */
  private static final class WriteTimeout extends IOException {
    private static final long serialVersionUID = 1L;
  }

  /** Settings of a {@link TcpPrinterConnection}; each setter states its default. */
  public static final class Builder {
    private final String host;
    private int port = DEFAULT_PORT;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration writeTimeout = Duration.ofSeconds(10);
    private Optional<Duration> statusTimeout = Optional.of(Duration.ofSeconds(5));

    private Builder(String host) {
      this.host = Objects.requireNonNull(host, "printer host");
      if (host.isBlank()) {
        throw new IllegalArgumentException("printer host must not be blank");
      }
    }

    /** The printer's port; default {@value TcpPrinterConnection#DEFAULT_PORT}. */
    public Builder port(int port) {
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("printer port must be 1 to 65535, got " + port);
      }
      this.port = port;
      return this;
    }

    /** How long connecting may take; default 5 s. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive("connect timeout", timeout);
      return this;
    }

    /** How long the printer may take no data while a slip is sent; default 10 s. */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = positive("write timeout", timeout);
      return this;
    }

    /** Confirm each slip with a status request answered within {@code timeout}; the default, with 5 s. */
    public Builder confirmWithStatus(Duration timeout) {
      this.statusTimeout = Optional.of(positive("status timeout", timeout));
      return this;
    }

    /** Count a slip as taken once its bytes are written, for printers that do not answer status requests. */
    public Builder withoutStatusConfirmation() {
      this.statusTimeout = Optional.empty();
      return this;
    }

    public TcpPrinterConnection build() {
      return new TcpPrinterConnection(this);
    }

    private static Duration positive(String what, Duration duration) {
      Objects.requireNonNull(duration, what);
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(what + " must be positive, got " + duration);
      }
      return duration;
    }
  }
}
