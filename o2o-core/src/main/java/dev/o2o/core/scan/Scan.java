package dev.o2o.core.scan;

import java.time.Instant;
import java.util.Objects;

/**
 * One code read by one scanner: the code as read (so a session can interpret it in its own context), what it was
 * recognised as, when it arrived and from which scanner.
 */
public record Scan(String code, Recognition recognition, Instant time, ScannerId scanner) {

  /** Refuses missing parts; the code itself may be anything the scanner sent, bad codes included. */
  public Scan {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(recognition, "recognition of " + code);
    Objects.requireNonNull(time, "time of " + code);
    Objects.requireNonNull(scanner, "scanner of " + code);
  }

  /** The kind of the best reading, or UNRECOGNISED. */
  public CodeKind kind() {
    return recognition.kind();
  }

  /** Whether the code was recognised as something. */
  public boolean isRecognised() {
    return recognition instanceof Recognition.Recognised;
  }

  /** Whether the code can be read as {@code kind}, as its best reading or an alternative. */
  public boolean fits(CodeKind kind) {
    return recognition.fits(kind);
  }

  @Override
  public String toString() {
    return scanner + "@" + time + " " + kind().label() + " " + code;
  }
}
