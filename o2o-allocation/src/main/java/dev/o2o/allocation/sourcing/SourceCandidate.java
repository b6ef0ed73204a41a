package dev.o2o.allocation.sourcing;

import dev.o2o.core.location.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one source location could supply of a set of lines, given what is sellable there: the lines it covers (whole),
 * and, for the others, how short it is. An allocation run weighs every source for every group of lines, so a candidate
 * keeps only counts and per-line figures; the lists of covered lines and shortages are made when asked for.
 */
public final class SourceCandidate {

  private final Location location;
  private final int index;
  private final List<Demand> lines;
  /** Per line asked about, its quantity; shared by the candidates of one question, never changed. */
  private final int[] quantities;
  /** Per line asked about: what was left to sell when the line was weighed; a line is covered when it is enough. */
  private final int[] left;
  private final int linesCovered;
  private final int unitsCovered;
  private final int unitsShort;
  private List<Demand> covered;
  private List<Shortage> shortages;

  private SourceCandidate(Location location, int index, List<Demand> lines, int[] quantities, int[] left) {
    this.location = Objects.requireNonNull(location, "location");
    this.index = index;
    this.lines = lines;
    this.quantities = quantities;
    this.left = left;
    int count = 0;
    int units = 0;
    int missing = 0;
    for (int l = 0; l < left.length; l++) {
      int quantity = quantities[l];
      if (left[l] >= quantity) {
        count++;
        units += quantity;
      } else {
        missing += quantity - Math.max(0, left[l]);
      }
    }
    this.linesCovered = count;
    this.unitsCovered = units;
    this.unitsShort = missing;
  }

  /**
   * What source {@code location} (at place {@code index} in the run's sources, best configured rank first) could
   * supply of {@code lines}, where {@code left[l]} units were still sellable when line {@code l} was weighed (less what
   * earlier lines of the same SKU took): line {@code l} is covered when that is at least its quantity.
   */
  public static SourceCandidate of(Location location, int index, List<Demand> lines, int[] left) {
    if (lines.size() != left.length) {
      throw new IllegalArgumentException(lines.size() + " lines but " + left.length + " figures of what is left");
    }
    List<Demand> asked = List.copyOf(lines);
    return new SourceCandidate(location, index, asked, quantitiesOf(asked), left.clone());
  }

  /**
   * As {@link #of}, trusting the caller: {@code quantities[l]} is line {@code l}'s quantity, and neither array nor
   * {@code lines} changes afterwards.
   */
  static SourceCandidate owning(Location location, int index, List<Demand> lines, int[] quantities, int[] left) {
    return new SourceCandidate(location, index, lines, quantities, left);
  }

  /** Each line's quantity, in order. */
  static int[] quantitiesOf(List<Demand> lines) {
    int[] quantities = new int[lines.size()];
    for (int l = 0; l < quantities.length; l++) {
      quantities[l] = lines.get(l).quantity();
    }
    return quantities;
  }

  /** The source location. */
  public Location location() {
    return location;
  }

  /** The source's place in the run's list of sources (best configured rank first). */
  public int index() {
    return index;
  }

  /** The lines this source covers, each whole, in the order asked. */
  public List<Demand> covered() {
    if (covered == null && linesCovered == lines.size()) {
      covered = lines;
    } else if (covered == null) {
      List<Demand> found = new ArrayList<>(linesCovered);
      for (int l = 0; l < left.length; l++) {
        if (covers(l)) {
          found.add(lines.get(l));
        }
      }
      covered = List.copyOf(found);
    }
    return covered;
  }

  /** The lines this source does not cover, with what it has of each. */
  public List<Shortage> shortages() {
    if (shortages == null) {
      List<Shortage> found = new ArrayList<>(left.length - linesCovered);
      for (int l = 0; l < left.length; l++) {
        if (!covers(l)) {
          found.add(new Shortage(lines.get(l), Optional.of(location.id()), Math.max(0, left[l])));
        }
      }
      shortages = List.copyOf(found);
    }
    return shortages;
  }

  /** Whether this source covers line {@code l} (counted from 0) of those asked about. */
  public boolean covers(int l) {
    return left[l] >= quantities[l];
  }

  /** How many of the lines asked about this source covers. */
  public int linesCovered() {
    return linesCovered;
  }

  /** The units of the lines covered. */
  public int unitsCovered() {
    return unitsCovered;
  }

  /** The units missing over the lines not covered. */
  public int unitsShort() {
    return unitsShort;
  }

  /** Whether this source covers every line asked about: the whole shipment from one location. */
  public boolean coversAll() {
    return linesCovered == left.length;
  }

  /** Whether this source covers no line at all. */
  public boolean coversNothing() {
    return linesCovered == 0;
  }

  @Override
  public String toString() {
    return location.id() + " covers " + linesCovered + " of " + left.length + " line(s)";
  }
}
