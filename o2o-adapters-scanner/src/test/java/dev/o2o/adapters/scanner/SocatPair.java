package dev.o2o.adapters.scanner;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A linked pair of pseudo-terminals made by socat, standing in for a serial scanner: the adapter opens
 * {@link #scannerEnd()}, the test writes into the other end. {@link #unplug()} kills socat (both links go away),
 * {@link #plug()} starts it again with the same link paths.
 */
public final class SocatPair implements AutoCloseable {

  private final Path dir;
  private final Path scannerEnd;
  private final Path testEnd;
  private Process socat;
  private OutputStream line;

  private SocatPair(Path dir) {
    this.dir = dir;
    this.scannerEnd = dir.resolve("scanner");
    this.testEnd = dir.resolve("test-end");
  }

  /**
   * Skips the calling test when socat is not installed, with a message; fails it instead when {@code CI=true}, where
   * the serial tests must run.
   */
  public static void assumeSocat() {
    boolean available;
    try {
      Process probe = new ProcessBuilder("socat", "-V").redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      available = probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
    } catch (IOException e) {
      available = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      available = false;
    }
    if (!available && "true".equals(System.getenv("CI"))) {
      fail("socat is not installed, and CI=true: the serial scanner tests must run in CI (apt-get install socat)");
    }
    assumeTrue(available, "socat is not installed: skipping the serial scanner tests (apt-get install socat)");
  }

  /** A pair with its links in {@code dir}, not yet plugged in. */
  public static SocatPair in(Path dir) {
    assumeSocat();
    return new SocatPair(dir);
  }

  public Path scannerEnd() {
    return scannerEnd;
  }

  /** Starts socat and waits until both links exist. */
  public SocatPair plug() throws IOException {
    if (socat != null) {
      throw new IllegalStateException("already plugged in");
    }
    socat = new ProcessBuilder("socat", "-d", "-d",
        "pty,raw,echo=0,link=" + scannerEnd, "pty,raw,echo=0,link=" + testEnd)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("socat.log").toFile()))
        .start();
    awaitLinks(true);
    return this;
  }

  /** Kills socat, as pulling the scanner's cable would, and waits until both links are gone. */
  public void unplug() throws IOException, InterruptedException {
    closeLine();
    if (socat == null) {
      return;
    }
    socat.destroy();
    if (!socat.waitFor(10, TimeUnit.SECONDS)) {
      socat.destroyForcibly().waitFor();
    }
    socat = null;
    Files.deleteIfExists(scannerEnd); // socat removes its links on SIGTERM; this covers a forced kill
    Files.deleteIfExists(testEnd);
    awaitLinks(false);
  }

  /** Writes the bytes into the test end as one write. */
  public void write(byte[] bytes) throws IOException {
    if (line == null) {
      line = new FileOutputStream(testEnd.toFile());
    }
    line.write(bytes);
    line.flush();
  }

  public void write(String text) throws IOException {
    write(text.getBytes(StandardCharsets.US_ASCII));
  }

  /** The pseudo-terminal device the scanner end points to now, for example {@code /dev/pts/3}. */
  public Path device() throws IOException {
    return scannerEnd.toRealPath();
  }

  private void closeLine() throws IOException {
    if (line != null) {
      line.close();
      line = null;
    }
  }

  private void awaitLinks(boolean present) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (exists(scannerEnd) != present || exists(testEnd) != present) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("socat links in " + dir + " did not " + (present ? "appear" : "go away"));
      }
      try {
        Thread.sleep(5); // waiting for an outside process, not for the code under test
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static boolean exists(Path link) {
    return Files.exists(link, LinkOption.NOFOLLOW_LINKS);
  }

  @Override
  public void close() {
    try {
      unplug();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
