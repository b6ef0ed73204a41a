package dev.o2o.core.scan;

import dev.o2o.core.catalog.Ean13;
import dev.o2o.core.shipping.Courier;
import dev.o2o.core.shipping.WaybillNumber;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A rule that says whether a code is of one kind; the recogniser asks each in its order. */
interface CodeRule {

  CodeKind kind();

  /** Only called with non-empty printable ASCII codes. */
  RuleResult apply(String code);

  static boolean allDigits(String code) {
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** A GS1 item barcode of a fixed number of digits ending in its check digit. */
  record Gs1(CodeKind kind, int length) implements CodeRule {

    @Override
    public RuleResult apply(String code) {
      if (code.length() != length || !allDigits(code)) {
        return RuleResult.UNRELATED;
      }
      int expected = Ean13.checkDigit(code.substring(0, length - 1));
      int actual = code.charAt(length - 1) - '0';
      if (actual != expected) {
        return new RuleResult.Fails(UnrecognisedReason.BAD_CHECK_DIGIT,
            kind.label() + " " + code + " has check digit " + actual + ", expected " + expected);
      }
      return new RuleResult.Fits(Reading.of(kind));
    }
  }

  /** A slip number of a configurable format. */
  record Slip(CodeKind kind, SlipFormat format) implements CodeRule {

    @Override
    public RuleResult apply(String code) {
      if (format.matches(code)) {
        return new RuleResult.Fits(Reading.of(kind));
      }
      if (format.looksLike(code)) {
        return new RuleResult.Fails(UnrecognisedReason.MALFORMED,
            "'" + code + "' looks like a " + kind.label() + " number but is not " + format.description());
      }
      return RuleResult.UNRELATED;
    }
  }

  /**
   * A waybill of one of the configured couriers: the length picks the couriers; a failed mod-7 check digit makes the
   * reading uncertain (a warning), never a failure, as not every courier series carries one.
   */
  record Waybill(Set<Courier> couriers, List<List<Courier>> byLength) implements CodeRule {

    /** Works out once, for every length, which of {@code couriers} use it. */
    Waybill(Set<Courier> couriers) {
      this(Set.copyOf(couriers), IntStream.rangeClosed(0, MAX_LENGTH)
          .mapToObj(n -> Courier.usingLength(n).stream().filter(couriers::contains)
              .collect(Collectors.toUnmodifiableList()))
          .collect(Collectors.toUnmodifiableList()));
    }

    private static final int MAX_LENGTH = 19;

    @Override
    public CodeKind kind() {
      return CodeKind.WAYBILL;
    }

    @Override
    public RuleResult apply(String code) {
      if (code.length() > MAX_LENGTH || !allDigits(code)) {
        return RuleResult.UNRELATED;
      }
      List<Courier> candidates = byLength.get(code.length());
      if (candidates.isEmpty()) {
        return RuleResult.UNRELATED;
      }
      Optional<String> warning = WaybillNumber.passesMod7(code)
          ? Optional.empty()
          : Optional.of("waybill " + code + " does not end in a mod-7 check digit");
      return new RuleResult.Fits(new Reading(CodeKind.WAYBILL, candidates, warning));
    }
  }
}
