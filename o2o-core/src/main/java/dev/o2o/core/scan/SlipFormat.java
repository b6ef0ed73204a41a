package dev.o2o.core.scan;

import dev.o2o.core.model.Checks;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The format of a slip number as a regular expression over the whole code, with an optional look-alike expression: a
 * code that matches the look-alike but not the format is reported as a malformed slip rather than an unknown code.
 */
public record SlipFormat(Pattern format, Optional<Pattern> lookalike, String description) {

  /** Pickup slip numbers as o2o-pickup prints them: {@code PK} and 12 digits. */
  public static final SlipFormat PICKUP_SLIP_DEFAULT = of("PK[0-9]{12}", "PK.*", "PK and 12 digits");

  /**
   * Mall order numbers on customer slips, by default a date, a hyphen and a sequence: {@code 20221215-0000123}.
   * Malls differ; hosts set their own.
   */
  public static final SlipFormat CUSTOMER_SLIP_DEFAULT =
      of("[0-9]{8}-[0-9]{4,12}", "[0-9]{8}-.*", "8 digits, '-' and 4 to 12 digits");

  /** Refuses missing parts and a blank description. */
  public SlipFormat {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(lookalike, "lookalike");
    Checks.requireText("description", description);
  }

  /** A format, a look-alike (both regular expressions over the whole code) and how staff would describe it. */
  public static SlipFormat of(String format, String lookalike, String description) {
    return new SlipFormat(Pattern.compile(format), Optional.of(Pattern.compile(lookalike)), description);
  }

  /** A format without a look-alike: codes that do not match are simply not slips. */
  public static SlipFormat of(String format, String description) {
    return new SlipFormat(Pattern.compile(format), Optional.empty(), description);
  }

  boolean matches(String code) {
    return format.matcher(code).matches();
  }

  boolean looksLike(String code) {
    return lookalike.map(p -> p.matcher(code).matches()).orElse(false);
  }
}
