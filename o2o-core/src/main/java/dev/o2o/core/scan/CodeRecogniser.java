package dev.o2o.core.scan;

import dev.o2o.core.model.Checks;
import dev.o2o.core.shipping.Courier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells what a scanned code is: an item barcode (EAN-13, EAN-8, UPC-A, check digit verified), a pickup slip number, a
 * customer slip's order number or a courier's waybill number. Never throws: anything else is {@code Unrecognised}
 * with the reason.
 *
 * <p>Codes can fit several kinds (a 13-digit code can be an EAN-13 and a Korea Post waybill). The best reading is the
 * first, in the configured order, that holds without a warning; failing that, the first rule in the order that fits
 * with a warning or rejects the code decides. So by default a 13-digit code with a wrong EAN-13 check digit is
 * unrecognised (bad check digit) rather than taken for a Korea Post waybill with a failed mod-7 check, while the
 * waybill reading is still offered among the alternatives. Immutable and thread-safe.
 */
public final class CodeRecogniser {

  /** The default order: slips, then item barcodes, then waybills. */
  public static final List<CodeKind> DEFAULT_ORDER = List.of(
      CodeKind.PICKUP_SLIP, CodeKind.CUSTOMER_SLIP, CodeKind.EAN_13, CodeKind.EAN_8, CodeKind.UPC_A, CodeKind.WAYBILL);

  private final List<CodeRule> rules;
  private final String known;

  private CodeRecogniser(List<CodeRule> rules) {
    this.rules = List.copyOf(rules);
    this.known = rules.stream().map(CodeRecogniser::describe).collect(Collectors.joining("; "));
  }

  /** The recogniser with every default: {@link #DEFAULT_ORDER}, every courier, the default slip formats. */
  public static CodeRecogniser standard() {
    return builder().build();
  }

  /** A builder that starts from every default. */
  public static Builder builder() {
    return new Builder();
  }

  /** The kinds this recogniser recognises, in the order it prefers them. */
  public List<CodeKind> order() {
    return rules.stream().map(CodeRule::kind).collect(Collectors.toUnmodifiableList());
  }

  /** What {@code code} is; never throws, not even for null. */
  public Recognition recognise(String code) {
    Optional<Recognition.Unrecognised> unreadable = unreadable(code);
    if (unreadable.isPresent()) {
      return unreadable.get();
    }
    List<Reading> certain = new ArrayList<>(2);
    List<Reading> uncertain = new ArrayList<>(2);
    RuleResult decisive = null;
    for (CodeRule rule : rules) {
      RuleResult result = rule.apply(code);
      if (result instanceof RuleResult.Fits fits) {
        (fits.reading().isCertain() ? certain : uncertain).add(fits.reading());
      }
      if (decisive == null && !(result instanceof RuleResult.Unrelated)) {
        decisive = result;
      }
    }
    if (!certain.isEmpty()) {
      List<Reading> alternatives = new ArrayList<>(certain.subList(1, certain.size()));
      alternatives.addAll(uncertain);
      return new Recognition.Recognised(certain.get(0), alternatives);
    }
    if (decisive instanceof RuleResult.Fits fits) {
      List<Reading> alternatives = new ArrayList<>(uncertain);
      alternatives.remove(fits.reading());
      return new Recognition.Recognised(fits.reading(), alternatives);
    }
    if (decisive instanceof RuleResult.Fails fails) {
      return new Recognition.Unrecognised(fails.reason(), fails.detail(), uncertain);
    }
    return new Recognition.Unrecognised(UnrecognisedReason.UNKNOWN_FORMAT, unknown(code), List.of());
  }

  private static Optional<Recognition.Unrecognised> unreadable(String code) {
    if (code == null || code.isEmpty()) {
      return Optional.of(unrecognised(UnrecognisedReason.EMPTY, "nothing was read"));
    }
    if (code.length() > Checks.MAX_CODE_LENGTH) {
      return Optional.of(unrecognised(UnrecognisedReason.TOO_LONG, code.length() + " characters read ('"
          + code.substring(0, 20) + "...'), more than any code has (" + Checks.MAX_CODE_LENGTH + ")"));
    }
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        return Optional.of(unrecognised(UnrecognisedReason.UNPRINTABLE, String.format(
            "character U+%04X at position %d of '%s' is not printable ASCII; check the scanner's suffix and interface",
            (int) c, i + 1, printable(code))));
      }
    }
    return Optional.empty();
  }

  private static Recognition.Unrecognised unrecognised(UnrecognisedReason reason, String detail) {
    return new Recognition.Unrecognised(reason, detail, List.of());
  }

  private String unknown(String code) {
    String what = CodeRule.allDigits(code) ? code.length() + " digits (" + code + ")" : "'" + code + "'";
    return what + " match no known format: " + known;
  }

  private static String printable(String code) {
    StringBuilder out = new StringBuilder(code.length());
    code.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? '?' : (char) c));
    return out.toString();
  }

  private static String describe(CodeRule rule) {
    if (rule instanceof CodeRule.Slip slip) {
      return slip.kind().label() + " (" + slip.format().description() + ")";
    }
    if (rule instanceof CodeRule.Waybill waybill) {
      return "waybill (" + waybill.couriers().stream().sorted()
          .map(c -> c + " " + c.lengths().stream().sorted().map(String::valueOf).collect(Collectors.joining("/")))
          .collect(Collectors.joining(", ")) + " digits)";
    }
    return rule.kind().label();
  }

  /** Configures a recogniser; every setting starts at its default. */
  public static final class Builder {

    private List<CodeKind> order = DEFAULT_ORDER;
    private SlipFormat pickupSlips = SlipFormat.PICKUP_SLIP_DEFAULT;
    private SlipFormat customerSlips = SlipFormat.CUSTOMER_SLIP_DEFAULT;
    private Set<Courier> couriers = EnumSet.allOf(Courier.class);

    private Builder() {}

    /**
     * The kinds to recognise, most preferred first (default {@link #DEFAULT_ORDER}); a kind left out is never
     * recognised. Refuses UNRECOGNISED, repeats and an empty list.
     */
    public Builder order(List<CodeKind> kinds) {
      Objects.requireNonNull(kinds, "order");
      if (kinds.isEmpty() || kinds.contains(CodeKind.UNRECOGNISED) || new HashSet<>(kinds).size() != kinds.size()) {
        throw new IllegalArgumentException(
            "recognition order must list recognisable kinds, each once, got " + kinds);
      }
      this.order = List.copyOf(kinds);
      return this;
    }

    /** The pickup slip number format (default {@link SlipFormat#PICKUP_SLIP_DEFAULT}: {@code PK} and 12 digits). */
    public Builder pickupSlips(SlipFormat format) {
      this.pickupSlips = Objects.requireNonNull(format, "pickup slip format");
      return this;
    }

    /** The customer slip order number format (default {@link SlipFormat#CUSTOMER_SLIP_DEFAULT}). */
    public Builder customerSlips(SlipFormat format) {
      this.customerSlips = Objects.requireNonNull(format, "customer slip format");
      return this;
    }

    /** The couriers whose waybills are recognised (default: every {@link Courier}). */
    public Builder couriers(Set<Courier> couriers) {
      if (couriers.isEmpty()) {
        throw new IllegalArgumentException("name at least one courier, or leave WAYBILL out of the order");
      }
      this.couriers = EnumSet.copyOf(couriers);
      return this;
    }

    public CodeRecogniser build() {
      List<CodeRule> rules = new ArrayList<>(order.size());
      for (CodeKind kind : order) {
        rules.add(rule(kind));
      }
      return new CodeRecogniser(rules);
    }

    private CodeRule rule(CodeKind kind) {
      switch (kind) {
        case EAN_13: return new CodeRule.Gs1(kind, 13);
        case EAN_8: return new CodeRule.Gs1(kind, 8);
        case UPC_A: return new CodeRule.Gs1(kind, 12);
        case PICKUP_SLIP: return new CodeRule.Slip(kind, pickupSlips);
        case CUSTOMER_SLIP: return new CodeRule.Slip(kind, customerSlips);
        case WAYBILL: return new CodeRule.Waybill(Set.copyOf(couriers));
        default: throw new IllegalStateException("no rule recognises " + kind);
      }
    }
  }
}
