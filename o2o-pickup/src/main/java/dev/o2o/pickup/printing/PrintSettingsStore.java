package dev.o2o.pickup.printing;

import dev.o2o.core.model.LocationId;
import java.util.List;
import java.util.Optional;

/** Outbound port: each store's print settings and print state, written in the caller's transaction. */
public interface PrintSettingsStore {

  Optional<PrintSettings> find(LocationId store);

  /** Adds or replaces the settings of a store. */
  void save(PrintSettings settings);

  /** The settings of every store that has any, sorted by store. */
  List<PrintSettings> all();
}
