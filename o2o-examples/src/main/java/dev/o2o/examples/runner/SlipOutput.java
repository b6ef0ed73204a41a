package dev.o2o.examples.runner;

import dev.o2o.adapters.printer.connection.PrinterConnection;
import dev.o2o.adapters.printer.connection.SerialPrinterConnection;
import dev.o2o.adapters.printer.connection.SerialSettings;
import dev.o2o.adapters.printer.connection.TcpPrinterConnection;
import dev.o2o.adapters.printer.escpos.RasterFont;
import dev.o2o.adapters.printer.escpos.SlipPreview;
import dev.o2o.adapters.printer.escpos.TextModeEncoder;
import dev.o2o.adapters.printer.layout.PaperWidth;
import dev.o2o.adapters.printer.layout.SlipDocument;
import dev.o2o.adapters.printer.pickup.DirectSlipPrinter;
import dev.o2o.adapters.printer.pickup.PickupSlipDocuments;
import dev.o2o.pickup.print.AcceptanceSlip;
import dev.o2o.pickup.print.CancellationSlip;
import dev.o2o.pickup.print.Slip;
import dev.o2o.pickup.print.SlipPrintException;
import dev.o2o.pickup.print.SlipPrinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where the runner's slips go: ESC/POS files with PNG previews in the data folder, or a real printer named by
 * {@code --printer} ({@code tcp://host:port} or a serial port path).
 */
final class SlipOutput {

  private SlipOutput() {}

  /** The slip printer for {@code --printer}, or one writing files into {@code folder} when none is given. */
  static SlipPrinter open(Optional<String> printer, Path folder, Console console) {
    PaperWidth paper = PaperWidth.MM80_48;
    TextModeEncoder encoder = new TextModeEncoder(paper);
    if (printer.isEmpty()) {
      return new FileSlipPrinter(folder, encoder, new SlipPreview(paper, RasterFont.installed()), console);
    }
    String target = printer.get();
    PrinterConnection connection;
    if (target.startsWith("tcp://")) {
      URI uri = URI.create(target);
      connection = TcpPrinterConnection.builder(uri.getHost())
          .port(uri.getPort() > 0 ? uri.getPort() : TcpPrinterConnection.DEFAULT_PORT).build();
    } else {
      connection = new SerialPrinterConnection(SerialSettings.of(target));
    }
    DirectSlipPrinter direct = new DirectSlipPrinter(encoder, connection);
    return slip -> {
      direct.print(slip);
      console.line("  printed " + describe(slip) + " on " + target);
    };
  }

  static String describe(Slip slip) {
    String kind = slip instanceof AcceptanceSlip ? "acceptance slip"
        : slip instanceof CancellationSlip ? "cancellation slip" : "expired-pickups slip";
    return kind + " at " + slip.store().name() + (slip.reprint() ? " (reprint)" : "");
  }

  /** Writes each slip as the ESC/POS bytes a printer would receive, and a PNG preview beside it. */
  private static final class FileSlipPrinter implements SlipPrinter {
    private final Path folder;
    private final TextModeEncoder encoder;
    private final SlipPreview preview;
    private final Console console;
    private final AtomicInteger serial = new AtomicInteger();

    FileSlipPrinter(Path folder, TextModeEncoder encoder, SlipPreview preview, Console console) {
      this.folder = folder;
      this.encoder = encoder;
      this.preview = preview;
      this.console = console;
    }

    @Override
    public void print(Slip slip) {
      SlipDocument document = PickupSlipDocuments.of(slip);
      String name = String.format("%03d-%s", serial.incrementAndGet(),
          slip.getClass().getSimpleName().replace("Slip", "").toLowerCase(java.util.Locale.ROOT)
              + (slip.reprint() ? "-reprint" : ""));
      try {
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".escpos"), encoder.encode(document));
        Files.write(folder.resolve(name + ".png"), preview.png(document));
      } catch (IOException e) {
        throw new SlipPrintException("could not write " + name + " into " + folder + ": " + e.getMessage(), e);
      } catch (UncheckedIOException e) {
        throw new SlipPrintException("could not render " + name + ": " + e.getMessage(), e);
      }
      console.line("  printed " + describe(slip) + " -> " + folder.resolve(name + ".escpos").getFileName()
          + " (+ .png)");
    }
  }
}
