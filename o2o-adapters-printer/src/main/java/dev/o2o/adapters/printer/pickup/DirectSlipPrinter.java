package dev.o2o.adapters.printer.pickup;

import dev.o2o.adapters.printer.connection.PrinterConnection;
import dev.o2o.adapters.printer.connection.PrinterException;
import dev.o2o.adapters.printer.escpos.SlipEncoder;
import dev.o2o.adapters.printer.layout.SlipDocument;
import dev.o2o.pickup.print.AcceptanceSlip;
import dev.o2o.pickup.print.CancellationSlip;
import dev.o2o.pickup.print.ExpiredPickupsSlip;
import dev.o2o.pickup.print.Slip;
import dev.o2o.pickup.print.SlipPrintException;
import dev.o2o.pickup.print.SlipPrinter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The {@link SlipPrinter} of a store without a queue: {@link #print} renders the slip and sends it to the printer, and
 * returns once the connection took it whole, or throws {@link SlipPrintException}; the pickup use cases keep the slip
 * waiting and print it again on their next run. A slip whose attempt broke off after bytes went out is remembered
 * (in memory, the last {@value #REMEMBERED} such slips) and printed next time marked as a reprint; a restart forgets
 * this, so use {@link QueuedSlipPrinter} for the durable guarantee. Thread-safe: slips are sent one at a time.
 */
public final class DirectSlipPrinter implements SlipPrinter {

  /** How many possibly half-printed slips are remembered. */
  public static final int REMEMBERED = 1000;

  private final SlipEncoder encoder;
  private final PrinterConnection connection;
  private final Map<String, Boolean> mayHavePrinted = new LinkedHashMap<>(16, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
      return size() > REMEMBERED;
    }
  };

  public DirectSlipPrinter(SlipEncoder encoder, PrinterConnection connection) {
    this.encoder = Objects.requireNonNull(encoder, "slip encoder");
    this.connection = Objects.requireNonNull(connection, "printer connection");
  }

  @Override
  public synchronized void print(Slip slip) {
    String key = identity(slip);
    SlipDocument document = PickupSlipDocuments.of(slip);
    if (mayHavePrinted.containsKey(key)) {
      document = document.asReprint();
    }
    try {
      connection.send(encoder.encode(document));
    } catch (PrinterException e) {
      if (e.mayHavePrinted()) {
        mayHavePrinted.put(key, Boolean.TRUE);
      }
      throw new SlipPrintException("slip did not print on " + connection.describe() + ": " + e.getMessage(), e);
    }
    mayHavePrinted.remove(key);
  }

  /** What makes two prints the same slip: its kind, number and, for a cancellation, when it happened. */
  private static String identity(Slip slip) {
    if (slip instanceof AcceptanceSlip a) {
      return "acceptance " + a.number();
    }
    if (slip instanceof CancellationSlip c) {
      return "cancellation " + c.number() + " " + c.cancelledAt().toInstant();
    }
    ExpiredPickupsSlip e = (ExpiredPickupsSlip) slip;
    return "expired " + e.store().id() + " " + e.pickups().stream()
        .map(p -> p.number().value()).collect(Collectors.joining(","));
  }
}
