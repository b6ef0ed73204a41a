package dev.o2o.pickup;

import dev.o2o.pickup.print.SlipNumber;
import java.util.List;

/** Outbound port: the append-only history of who did what to each pickup, written in the caller's transaction. */
public interface PickupActivityLog {

  /** Adds an entry. */
  void append(PickupActivity activity);

  /** The entries of one pickup in the order they were appended. */
  List<PickupActivity> of(SlipNumber pickup);
}
