package dev.o2o.adapters.scanner;

import dev.o2o.core.scan.ScanSink;
import dev.o2o.core.scan.ScannerId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Network scanners that connect and send codes as lines (ended by CR, LF or CRLF): listens on a TCP port, one thread
 * per connection, and hands each line to a {@link ScanSink} as a code of that connection's scanner (by default
 * {@code tcp:<address>:<port>} of the peer). Connections and their end are reported; {@link #stop()} closes the
 * listening socket and every connection.
 */
public final class TcpScannerServer implements ScanSource {

  private static final Logger log = LoggerFactory.getLogger(TcpScannerServer.class);

  private final InetSocketAddress bindAddress;
  private final Charset charset;
  private final Function<InetSocketAddress, ScannerId> naming;
  private final Delivery delivery;
  private final ExecutorService threads;
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
  private final Object lock = new Object();
  private ServerSocket server;
  private boolean started;
  private volatile boolean stopped;

  private TcpScannerServer(Builder builder) {
    this.bindAddress = builder.bindAddress;
    this.charset = builder.charset;
    this.naming = builder.naming;
    this.delivery = new Delivery(builder.sink, builder.events);
    this.threads = Executors.newCachedThreadPool(r -> {
      Thread thread = new Thread(r, "scanner-tcp-" + builder.bindAddress.getPort());
      thread.setDaemon(true);
      return thread;
    });
  }

  /** A server on {@code port} of every interface (0 picks a free port; see {@link #port()}), feeding {@code sink}. */
  public static Builder builder(int port, ScanSink sink) {
    return new Builder(new InetSocketAddress(port), sink);
  }

  /** A server on one address, for example the loopback interface, feeding {@code sink}. */
  public static Builder builder(InetSocketAddress bindAddress, ScanSink sink) {
    return new Builder(bindAddress, sink);
  }

  /** A server on {@code port} of the loopback interface only: for tests, or a local bridge that forwards scans. */
  public static Builder loopback(int port, ScanSink sink) {
    return new Builder(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), sink);
  }

  /**
   * Binds the port (so a port in use fails here, as an {@link UncheckedIOException}) and accepts connections in the
   * background.
   */
  @Override
  public void start() {
    synchronized (lock) {
      if (started || stopped) {
        throw new IllegalStateException("TCP scanner server on " + bindAddress + " was already started or stopped");
      }
      started = true;
      try {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(bindAddress);
        server = socket;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot listen for scanners on " + bindAddress, e);
      }
    }
    log.info("listening for network scanners on {}", server.getLocalSocketAddress());
    threads.execute(this::acceptConnections);
  }

  /** The port listened on (the one picked when built with port 0). */
  public int port() {
    synchronized (lock) {
      if (server == null) {
        throw new IllegalStateException("TCP scanner server on " + bindAddress + " is not started");
      }
      return server.getLocalPort();
    }
  }

  @Override
  public void stop() {
    ServerSocket listening;
    synchronized (lock) {
      if (stopped) {
        return;
      }
      stopped = true;
      listening = server;
    }
    closeQuietly(listening);
    connections.forEach(TcpScannerServer::closeQuietly);
    threads.shutdownNow();
    try {
      if (!threads.awaitTermination(10, TimeUnit.SECONDS)) {
        log.warn("TCP scanner threads on {} did not end within 10 s", bindAddress);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void acceptConnections() {
    while (!stopped) {
      Socket socket;
      try {
        socket = server.accept();
      } catch (IOException e) {
        if (!stopped) {
          log.error("accepting network scanners on {} failed; no more connections are taken", bindAddress, e);
        }
        return;
      }
      connections.add(socket);
      try {
        threads.execute(() -> readLines(socket));
      } catch (RuntimeException rejected) { // stopped meanwhile
        connections.remove(socket);
        closeQuietly(socket);
      }
    }
  }

  private void readLines(Socket socket) {
    InetSocketAddress peer = (InetSocketAddress) socket.getRemoteSocketAddress();
    ScannerId id = naming.apply(peer);
    delivery.event(new ScannerEvent.Connected(id, "tcp " + peer));
    String reason = "connection closed by the scanner";
    try (socket; BufferedReader lines = new BufferedReader(new InputStreamReader(socket.getInputStream(), charset))) {
      socket.setKeepAlive(true);
      String line;
      while ((line = lines.readLine()) != null) {
        delivery.code(id, line);
      }
    } catch (SocketException e) {
      reason = stopped ? "server stopped" : "connection lost: " + e.getMessage();
    } catch (IOException e) {
      reason = "connection failed: " + e.getMessage();
    } finally {
      connections.remove(socket);
    }
    if (stopped) {
      delivery.event(new ScannerEvent.Stopped(id));
    } else {
      delivery.event(new ScannerEvent.Disconnected(id, reason));
    }
  }

  private static void closeQuietly(AutoCloseable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (Exception e) {
      log.debug("closing {} failed", closeable, e);
    }
  }

  /** Configures a {@link TcpScannerServer}; settings not given keep their stated defaults. */
  public static final class Builder {

    private final InetSocketAddress bindAddress;
    private final ScanSink sink;
    private Charset charset = StandardCharsets.US_ASCII;
    private Function<InetSocketAddress, ScannerId> naming =
        peer -> ScannerId.of("tcp:" + peer.getAddress().getHostAddress() + ":" + peer.getPort());
    private ScannerEventListener events = ScannerEventListener.IGNORE;

    private Builder(InetSocketAddress bindAddress, ScanSink sink) {
      this.bindAddress = Objects.requireNonNull(bindAddress, "bind address");
      this.sink = Objects.requireNonNull(sink, "scan sink");
    }

    /** How the bytes are decoded (default US-ASCII). */
    public Builder charset(Charset charset) {
      this.charset = Objects.requireNonNull(charset, "charset");
      return this;
    }

    /** Which scanner a connection is, from its peer address (default {@code tcp:<address>:<port>}). */
    public Builder naming(Function<InetSocketAddress, ScannerId> naming) {
      this.naming = Objects.requireNonNull(naming, "naming");
      return this;
    }

    /** Who is told of connections and their end (default: nobody; they are logged either way). */
    public Builder events(ScannerEventListener events) {
      this.events = Objects.requireNonNull(events, "event listener");
      return this;
    }

    public TcpScannerServer build() {
      return new TcpScannerServer(this);
    }
  }
}
