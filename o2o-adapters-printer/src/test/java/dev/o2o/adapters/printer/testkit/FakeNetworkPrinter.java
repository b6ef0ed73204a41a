package dev.o2o.adapters.printer.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A network printer on a loopback port: a real server socket that takes slips as a printer on port 9100 would, answers
 * status requests ({@code DLE EOT 1}) and keeps what each connection sent. It can be told to misbehave for the next
 * connections: break the connection after some bytes, never answer the status, report offline, or stop reading.
 */
public final class FakeNetworkPrinter implements AutoCloseable {

  /** How the printer treats one connection. */
  public sealed interface Behaviour {}

  /** Takes everything and answers status requests online. */
  public record Online() implements Behaviour {}

  /** Takes everything but never answers a status request. */
  public record Silent() implements Behaviour {}

  /** Takes everything and answers status requests offline (cover open). */
  public record Offline() implements Behaviour {}

  /** Reads {@code bytes} bytes, then resets the connection. */
  public record BreakAfter(int bytes) implements Behaviour {}

  /** Accepts the connection and never reads from it. */
  public record NotReading() implements Behaviour {}

  private static final int STATUS_ONLINE = 0x12;
  private static final int STATUS_OFFLINE = 0x1A;
  private static final long WAIT_SECONDS = 30;

  private final ServerSocket server;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "fake-network-printer");
    t.setDaemon(true);
    return t;
  });
  private final Deque<Behaviour> next = new ArrayDeque<>();
  /** Each read connection's bytes, in the order the connections were accepted (not the order they finished in). */
  private final BlockingQueue<CompletableFuture<byte[]>> connections = new LinkedBlockingQueue<>();
  private final List<Socket> open = new ArrayList<>();

  private FakeNetworkPrinter(ServerSocket server) {
    this.server = server;
    threads.execute(this::acceptLoop);
  }

  /** A printer on a free loopback port. */
  public static FakeNetworkPrinter start() throws IOException {
    return start(0);
  }

  /** A printer on the given loopback port (0 for any free port). */
  public static FakeNetworkPrinter start(int port) throws IOException {
    ServerSocket server = new ServerSocket();
    server.setReuseAddress(true);
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    return new FakeNetworkPrinter(server);
  }

  /** A loopback port on which nothing listens (a printer that is off). */
  public static int unusedPort() throws IOException {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    }
  }

  public int port() {
    return server.getLocalPort();
  }

  public String host() {
    return server.getInetAddress().getHostAddress();
  }

  /** The next connections behave so, one behaviour each, in order; later ones are {@link Online}. */
  public synchronized FakeNetworkPrinter thenBehave(Behaviour... behaviours) {
    next.addAll(List.of(behaviours));
    return this;
  }

  /** What the next finished connection sent; fails when none finishes within 30 s. */
  public byte[] nextConnection() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
    CompletableFuture<byte[]> next = connections.poll(WAIT_SECONDS, TimeUnit.SECONDS);
    try {
      if (next != null) {
        return next.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
    } catch (ExecutionException | TimeoutException e) {
      // reported below
    }
    throw new AssertionError("no connection to the fake printer finished within " + WAIT_SECONDS + " s");
  }

  /** The connections finished and not yet taken by {@link #nextConnection()}, without waiting. */
  public List<byte[]> finishedConnections() {
    List<byte[]> done = new ArrayList<>();
    CompletableFuture<byte[]> head;
    while ((head = connections.peek()) != null && head.isDone()) {
      done.add(connections.poll().join());
    }
    return done;
  }

  private synchronized Behaviour behaviourOfNextConnection() {
    return next.isEmpty() ? new Online() : next.poll();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        Behaviour behaviour = behaviourOfNextConnection();
        synchronized (open) {
          open.add(socket);
        }
        CompletableFuture<byte[]> received = new CompletableFuture<>();
        if (!(behaviour instanceof NotReading)) {
          connections.add(received);
        }
        threads.execute(() -> serve(socket, behaviour, received));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket socket, Behaviour behaviour, CompletableFuture<byte[]> result) {
    if (behaviour instanceof NotReading) {
      return; // the socket stays open, unread, until the printer is closed
    }
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    try (socket) {
      InputStream in = socket.getInputStream();
      OutputStream out = socket.getOutputStream();
      byte[] buffer = new byte[8192];
      int read;
      while ((read = in.read(buffer)) >= 0) {
        int take = read;
        if (behaviour instanceof BreakAfter b) {
          take = Math.min(read, b.bytes() - received.size());
        }
        received.write(buffer, 0, take);
        if (behaviour instanceof BreakAfter b && received.size() >= b.bytes()) {
          socket.setSoLinger(true, 0); // closing now resets the connection
          break;
        }
        if (endsWithStatusRequest(received.toByteArray())) {
          if (behaviour instanceof Online) {
            out.write(STATUS_ONLINE);
          } else if (behaviour instanceof Offline) {
            out.write(STATUS_OFFLINE);
          }
          out.flush();
        }
      }
    } catch (SocketException reset) {
      // the sender gave up: keep what arrived
    } catch (IOException e) {
      throw new IllegalStateException("fake printer failed", e);
    } finally {
      result.complete(received.toByteArray());
    }
  }

  private static boolean endsWithStatusRequest(byte[] bytes) {
    int n = bytes.length;
    return n >= 3 && bytes[n - 3] == 0x10 && bytes[n - 2] == 0x04 && bytes[n - 1] == 0x01;
  }

  /** Stops listening: the printer is off. */
  @Override
  public void close() throws IOException {
    server.close();
    synchronized (open) {
      for (Socket socket : open) {
        socket.close();
      }
    }
    threads.shutdownNow();
  }
}
