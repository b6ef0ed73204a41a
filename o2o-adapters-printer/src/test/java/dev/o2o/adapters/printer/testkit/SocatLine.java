package dev.o2o.adapters.printer.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A serial line without hardware: socat links two pseudo-terminals, {@link #printerEnd()} for the adapter and
 * {@link #testEnd()} for the test, through the kernel's tty layer.
 */
public final class SocatLine implements AutoCloseable {

  private final Process socat;
  private final Path printerEnd;
  private final Path testEnd;

  private SocatLine(Process socat, Path printerEnd, Path testEnd) {
    this.socat = socat;
    this.printerEnd = printerEnd;
    this.testEnd = testEnd;
  }

  /** Starts socat (skipping the test when it is missing, failing on CI) and waits until both ends exist. */
  public static SocatLine start(Path dir) throws IOException, InterruptedException {
    Path socat = Environment.socat();
    Path printerEnd = dir.resolve("printer");
    Path testEnd = dir.resolve("test-end");
    Process process = new ProcessBuilder(socat.toString(), "-d", "-d",
        "pty,raw,echo=0,link=" + printerEnd, "pty,raw,echo=0,link=" + testEnd)
        .redirectErrorStream(true)
        .start();
    CompletableFuture<Boolean> ready = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader log = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = log.readLine()) != null) {
          if (line.contains("starting data transfer loop")) {
            ready.complete(true);
          }
        }
      } catch (IOException e) {
        // socat ended
      }
      ready.complete(false);
    }, "socat-log");
    reader.setDaemon(true);
    reader.start();
    try {
      if (!ready.get(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("socat stopped before linking the pseudo-terminals");
      }
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      process.destroyForcibly();
      throw new IllegalStateException("socat did not link the pseudo-terminals within 30 s", e);
    }
    return new SocatLine(process, printerEnd, testEnd);
  }

  /** The path the adapter opens. */
  public Path printerEnd() {
    return printerEnd;
  }

  /** The path the test reads what the adapter sent from, and writes the printer's answers to. */
  public Path testEnd() {
    return testEnd;
  }

  @Override
  public void close() throws InterruptedException {
    socat.destroy();
    if (!socat.waitFor(10, TimeUnit.SECONDS)) {
      socat.destroyForcibly();
    }
  }
}
