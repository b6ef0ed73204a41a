package dev.o2o.core.print;

import static dev.o2o.core.model.Checks.requireCode;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A slip waiting in the {@link PrintQueue}: the printer it is for, the document to print (opaque text written and read
 * by the printer adapter), how often it was taken, and whether an earlier attempt may have put part of it on paper.
 *
 * @param id the queue's position of the job; later jobs have larger ids
 * @param printer the name of the printer the job is for
 * @param document what to print, in the printer adapter's own text form
 * @param enqueuedAt when the job was queued
 * @param attempts how often the job was claimed
 * @param mayHavePrinted true once an attempt broke off after bytes had gone to the printer, or a claim lapsed
 * @param lastFailure why the last attempt failed, if one did
 */
public record PrintJob(
    long id,
    String printer,
    String document,
    Instant enqueuedAt,
    int attempts,
    boolean mayHavePrinted,
    Optional<String> lastFailure) {

  /** Refuses a blank printer name, an empty document and negative attempts. */
  public PrintJob {
    requireCode("printer name", printer);
    Objects.requireNonNull(document, "document");
    if (document.isEmpty()) {
      throw new IllegalArgumentException("print job " + id + " for printer " + printer + " has an empty document");
    }
    Objects.requireNonNull(enqueuedAt, "enqueuedAt");
    if (attempts < 0) {
      throw new IllegalArgumentException("print job " + id + " has negative attempts: " + attempts);
    }
    Objects.requireNonNull(lastFailure, "lastFailure (use Optional.empty())");
  }
}
