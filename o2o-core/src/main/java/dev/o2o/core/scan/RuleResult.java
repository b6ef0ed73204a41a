package dev.o2o.core.scan;

/** What one recognition rule made of a code. */
sealed interface RuleResult {

  /** The code fits the rule, read as {@code reading}. */
  record Fits(Reading reading) implements RuleResult {}

  /** The code has the rule's shape but fails it for {@code reason}. */
  record Fails(UnrecognisedReason reason, String detail) implements RuleResult {}

  /** The code has nothing to do with the rule. */
  record Unrelated() implements RuleResult {}

  RuleResult UNRELATED = new Unrelated();
}
