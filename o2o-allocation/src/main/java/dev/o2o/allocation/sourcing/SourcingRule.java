package dev.o2o.allocation.sourcing;

import java.util.Comparator;
import java.util.Objects;

/**
 * Ranks two candidate sources for the same lines: negative when {@code a} is to be preferred, positive for {@code b},
 * zero when this rule cannot tell them apart. Rules compose with {@link #then}; the built-in ones are
 * {@link SourcingRules}, and a host may write its own.
 */
@FunctionalInterface
public interface SourcingRule {

  int compare(SourceCandidate a, SourceCandidate b);

  /** This rule, and where it cannot tell, {@code next}. */
  default SourcingRule then(SourcingRule next) {
    Objects.requireNonNull(next, "next rule");
    return (a, b) -> {
      int first = compare(a, b);
      return first != 0 ? first : next.compare(a, b);
    };
  }

  /**
   * Whether this rule orders candidates that each cover every line by their sources' configured rank and then location
   * id, the order {@link dev.o2o.core.location.LocationDirectory#onlineSources} lists sources in. A draft whose sources
   * are listed in that order then takes the first source that covers every line as the best of those, without
   * weighing the others. False unless a rule says so; {@link SourcingRules#standard()} does.
   */
  default boolean ranksWholeShipmentsBySourceOrder() {
    return false;
  }

  /** This rule as a comparator, best first, ties broken by location id so that the same inputs give the same plan. */
  default Comparator<SourceCandidate> bestFirst() {
    return (a, b) -> {
      int ranked = compare(a, b);
      return ranked != 0 ? ranked : a.location().id().compareTo(b.location().id());
    };
  }
}
