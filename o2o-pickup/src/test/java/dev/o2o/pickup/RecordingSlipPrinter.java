package dev.o2o.pickup;

import dev.o2o.pickup.print.Slip;
import dev.o2o.pickup.print.SlipPrintException;
import dev.o2o.pickup.print.SlipPrinter;
import java.util.ArrayList;
import java.util.List;

/** A slip printer for tests: keeps what it printed; can be switched offline. */
public final class RecordingSlipPrinter implements SlipPrinter {

  private final List<Slip> printed = new ArrayList<>();
  private boolean offline;
  private int failAfter = -1;

  @Override
  public synchronized void print(Slip slip) {
    if (offline) {
      throw new SlipPrintException("printer offline (test)");
    }
    if (failAfter == 0) {
      offline = true;
      throw new SlipPrintException("paper out (test)");
    }
    if (failAfter > 0) {
      failAfter--;
    }
    printed.add(slip);
  }

  public synchronized List<Slip> printed() {
    return List.copyOf(printed);
  }

  public synchronized <T extends Slip> List<T> printed(Class<T> kind) {
    return printed.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  public synchronized void clear() {
    printed.clear();
  }

  public synchronized void offline(boolean value) {
    offline = value;
    failAfter = -1;
  }

  /** Prints {@code slips} more slips, then goes offline. */
  public synchronized void failAfter(int slips) {
    failAfter = slips;
  }
}
