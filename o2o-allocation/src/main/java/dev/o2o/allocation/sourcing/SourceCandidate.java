package dev.o2o.allocation.sourcing;

import dev.o2o.core.location.Location;
import java.util.List;
import java.util.Objects;

/**
 * What one source location could supply of a set of lines, given what is sellable there: the lines it covers (whole),
 * and, for the others, how short it is.
 *
 * @param index the source's place in the run's list of sources (best configured rank first)
 */
public record SourceCandidate(Location location, int index, List<Demand> covered, List<Shortage> shortages,
    int unitsCovered) {

  /** Copies the lists. */
  public SourceCandidate {
    Objects.requireNonNull(location, "location");
    covered = List.copyOf(covered);
    shortages = List.copyOf(shortages);
  }

  /** Whether this source covers every line asked about: the whole shipment from one location. */
  public boolean coversAll() {
    return shortages.isEmpty();
  }

  /** Whether this source covers no line at all. */
  public boolean coversNothing() {
    return covered.isEmpty();
  }
}
