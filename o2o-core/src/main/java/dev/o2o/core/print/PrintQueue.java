package dev.o2o.core.print;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Outbound port: slips waiting for their printer, kept until the printer has taken them whole.
 *
 * <p>Each printer has its own queue, served strictly in the order jobs were queued: only the oldest job of a printer
 * (its head) can be claimed, and not while another claim on it is live or while it waits for its retry time. A job
 * leaves the queue only through {@link #complete}. {@link #enqueue} joins the caller's transaction, so a slip is
 * queued exactly when the change that printed it commits.
 *
 * <p>A claim lasts for a lease; a claim that lapses without {@link #complete} or {@link #retryLater} (the process
 * printing it died) makes the job claimable again with {@link PrintJob#mayHavePrinted()} set, since part of it may be on
 * paper already.
 */
public interface PrintQueue {

  /** Queues a document for a printer behind its waiting jobs and returns the job's id. */
  long enqueue(String printer, String document, Instant at);

  /**
   * Claims the printer's oldest job for {@code lease} if it is free and due at {@code now}, counting an attempt;
   * empty when the printer has no job, or when its oldest job is claimed or waits for a retry time after {@code now}.
   */
  Optional<PrintJob> claimHead(String printer, Instant now, Duration lease);

  /** Removes a job its printer has taken whole; does nothing for a job no longer queued. */
  void complete(long id);

  /**
   * Gives a claimed job back after a failed attempt: it stays the head of its printer's queue and is not claimed again
   * before {@code notBefore}. {@code mayHavePrinted} says whether bytes of this attempt may have reached the printer;
   * once set for a job it stays set. Does nothing for a job no longer queued.
   */
  void retryLater(long id, Instant notBefore, boolean mayHavePrinted, String failure);

  /** The jobs waiting for a printer, oldest first, claimed or not. */
  List<PrintJob> waiting(String printer);

  /** How many jobs wait, for all printers together. */
  long pendingCount();
}
