package dev.o2o.core.scan;

import dev.o2o.core.model.Checks;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a scanned code was recognised as: the best reading in the recogniser's order, or unrecognised with the reason.
 * Either way, {@link #alternatives()} lists the other readings the code also fits, so that a scanning session that
 * expects, say, a waybill can take a 13-digit code as one even though it was read first as an EAN-13.
 */
public sealed interface Recognition {

  /** The kind of the best reading, or UNRECOGNISED. */
  CodeKind kind();

  /** The other readings the code fits, in the recogniser's order; the ones with a warning come last. */
  List<Reading> alternatives();

  /** The reading of this code as {@code kind}, whether it is the best one or an alternative. */
  default Optional<Reading> readingAs(CodeKind kind) {
    Stream<Reading> best = this instanceof Recognised recognised ? Stream.of(recognised.reading()) : Stream.empty();
    return Stream.concat(best, alternatives().stream()).filter(r -> r.kind() == kind).findFirst();
  }

  /** Whether the code can be read as {@code kind} at all. */
  default boolean fits(CodeKind kind) {
    return readingAs(kind).isPresent();
  }

  /** The code was recognised: {@code reading} is the best reading. */
  record Recognised(Reading reading, List<Reading> alternatives) implements Recognition {

    /** Copies the alternatives. */
    public Recognised {
      Objects.requireNonNull(reading, "reading");
      alternatives = List.copyOf(alternatives);
    }

    @Override
    public CodeKind kind() {
      return reading.kind();
    }
  }

  /** The code was not recognised because of {@code reason}; {@code detail} is a sentence for staff and logs. */
  record Unrecognised(UnrecognisedReason reason, String detail, List<Reading> alternatives) implements Recognition {

    /** Refuses a missing reason or detail. */
    public Unrecognised {
      Objects.requireNonNull(reason, "reason");
      Checks.requireText("detail", detail);
      alternatives = List.copyOf(alternatives);
    }

    @Override
    public CodeKind kind() {
      return CodeKind.UNRECOGNISED;
    }
  }
}
