package dev.o2o.adapters.printer.connection;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Any {@link OutputStream}: one the host keeps open (slips are written and flushed, the stream is never closed here),
 * or one opened for each slip and closed after it. A slip counts as taken once the stream took and flushed its bytes;
 * a failed write counts as a slip that may be partly printed. Thread-safe: sends are serialised.
 */
public final class StreamPrinterConnection implements PrinterConnection {

  /** Opens the stream of one slip. */
  @FunctionalInterface
  public interface Opener {
    OutputStream open() throws IOException;
  }

  private final Opener opener;
  private final boolean closeAfterSlip;
  private final String description;

  private StreamPrinterConnection(Opener opener, boolean closeAfterSlip, String description) {
    this.opener = opener;
    this.closeAfterSlip = closeAfterSlip;
    this.description = Objects.requireNonNull(description, "description");
  }

  /** A stream the host owns and keeps open. */
  public static StreamPrinterConnection of(OutputStream stream, String description) {
    Objects.requireNonNull(stream, "stream");
    return new StreamPrinterConnection(() -> stream, false, description);
  }

  /** A stream opened for each slip and closed after it; a failure to open it means nothing was printed. */
  public static StreamPrinterConnection opening(Opener opener, String description) {
    return new StreamPrinterConnection(Objects.requireNonNull(opener, "opener"), true, description);
  }

  @Override
  public synchronized void send(byte[] slip) throws PrinterException {
    OutputStream out;
    try {
      out = opener.open();
    } catch (IOException e) {
      throw PrinterException.unreachable("cannot open " + describe() + ": " + e.getMessage(), e);
    }
    try {
      out.write(slip);
      out.flush();
      if (closeAfterSlip) {
        out.close();
      }
    } catch (IOException e) {
      throw PrinterException.interrupted("writing to " + describe() + " failed: " + e.getMessage(), e);
    } finally {
      if (closeAfterSlip) {
        try {
          out.close();
        } catch (IOException ignored) {
          // already reported by the write, or closed above
        }
      }
    }
  }

  @Override
  public String describe() {
    return description;
  }
}
