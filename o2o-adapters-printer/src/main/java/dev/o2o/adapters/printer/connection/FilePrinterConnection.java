package dev.o2o.adapters.printer.connection;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * A printer device file (for example {@code /dev/usb/lp0}), which must exist, or a file slips are appended to (a spool
 * file, a test); opened for each slip and closed after it. A slip counts as taken once its bytes are written and the
 * file is closed. Thread-safe: sends are serialised.
 */
public final class FilePrinterConnection implements PrinterConnection {

  private final Path path;
  private final boolean device;

  private FilePrinterConnection(Path path, boolean device) {
    this.path = Objects.requireNonNull(path, "path");
    this.device = device;
  }

  /** A device that must exist: a missing device (printer unplugged) is a failure, never a new file in its place. */
  public static FilePrinterConnection device(Path device) {
    return new FilePrinterConnection(device, true);
  }

  /** A file each slip is appended to, created when missing. */
  public static FilePrinterConnection appendingTo(Path file) {
    return new FilePrinterConnection(file, false);
  }

  @Override
  public synchronized void send(byte[] slip) throws PrinterException {
    OpenOption[] options = device
        ? new OpenOption[] {StandardOpenOption.WRITE}
        : new OpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND};
    OutputStream out;
    try {
      out = Files.newOutputStream(path, options);
    } catch (NoSuchFileException e) {
      throw PrinterException.unreachable("no printer device at " + describe(), e);
    } catch (IOException e) {
      throw PrinterException.unreachable("cannot open " + describe() + ": " + e.getMessage(), e);
    }
    try (out) {
      out.write(slip);
      out.flush();
    } catch (IOException e) {
      throw PrinterException.interrupted("writing to " + describe() + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public String describe() {
    return "file://" + path.toAbsolutePath();
  }
}
