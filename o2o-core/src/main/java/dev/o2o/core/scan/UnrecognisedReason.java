package dev.o2o.core.scan;

/** Why a scanned code was not recognised. */
public enum UnrecognisedReason {
  /** Nothing was read. */
  EMPTY,
  /** A control character or a character outside printable ASCII, as a misconfigured or noisy line produces. */
  UNPRINTABLE,
  /** Longer than any code o2o knows (64 characters). */
  TOO_LONG,
  /** The shape of an item barcode whose check digit does not match: a misread or a misprint. */
  BAD_CHECK_DIGIT,
  /** Starts like a slip number but does not have its format. */
  MALFORMED,
  /** Matches no format the recogniser is configured with. */
  UNKNOWN_FORMAT
}
