package dev.o2o.core.model;

import static dev.o2o.core.model.Checks.requireCode;

import java.util.Objects;
import java.util.Optional;

/**
 * Who does something: a member of staff and the location they work for, or a named system process (the mall
 * scheduler, an allocation run) that works for no location.
 */
public record Actor(String staffId, Optional<LocationId> location) {

  /** Refuses a blank staff id. */
  public Actor {
    requireCode("staff id", staffId);
    Objects.requireNonNull(location, "location (use Optional.empty() for a system actor)");
  }

  /** A member of staff working for the given warehouse or store. */
  public static Actor staff(String staffId, LocationId location) {
    return new Actor(staffId, Optional.of(location));
  }

  /** A system process, for example {@code system("mall-scheduler")}. */
  public static Actor system(String name) {
    return new Actor(name, Optional.empty());
  }

  /** True when this actor works for the given location. */
  public boolean worksFor(LocationId other) {
    return location.filter(other::equals).isPresent();
  }

  @Override
  public String toString() {
    return location.map(l -> staffId + "@" + l).orElse(staffId);
  }
}
