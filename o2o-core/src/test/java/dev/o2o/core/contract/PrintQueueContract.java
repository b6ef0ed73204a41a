package dev.o2o.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.core.print.PrintJob;
import dev.o2o.core.print.PrintQueue;
import dev.o2o.core.tx.TransactionRunner;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of the {@link PrintQueue} port: order per printer, claims and leases, retry times, rollback. */
public abstract class PrintQueueContract {

  private static final Instant T0 = Instant.parse("2025-03-01T01:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(2);

  private CoreBackend backend;
  private PrintQueue queue;

  /** A backend with empty stores. */
  protected abstract CoreBackend newBackend();

  @BeforeEach
  void setUpBackend() {
    backend = newBackend();
    queue = backend.printQueue();
  }

  @AfterEach
  void closeBackend() {
    backend.close();
  }

  private TransactionRunner transactions() {
    return backend.transactions();
  }

  @Test
  void givenSeveralJobs_whenClaimingHeads_thenTheyComeOldestFirst() {
    long first = queue.enqueue("counter", "slip 1", T0);
    long second = queue.enqueue("counter", "slip 2", T0.plusSeconds(1));

    PrintJob head = queue.claimHead("counter", T0.plusSeconds(5), LEASE).orElseThrow();
    assertThat(head.id()).isEqualTo(first);
    assertThat(head.document()).isEqualTo("slip 1");
    assertThat(head.attempts()).isEqualTo(1);
    assertThat(head.mayHavePrinted()).isFalse();
    queue.complete(first);

    assertThat(queue.claimHead("counter", T0.plusSeconds(6), LEASE)).map(PrintJob::id).contains(second);
    assertThat(second).isGreaterThan(first);
  }

  @Test
  void givenAClaimedHead_whenClaimingAgain_thenNothingIsClaimedSoTheOrderHolds() {
    queue.enqueue("counter", "slip 1", T0);
    queue.enqueue("counter", "slip 2", T0);
    queue.claimHead("counter", T0, LEASE).orElseThrow();

    assertThat(queue.claimHead("counter", T0.plusSeconds(1), LEASE)).isEmpty();
  }

  @Test
  void givenTwoPrinters_whenOneIsBusy_thenTheOtherIsServed() {
    queue.enqueue("counter", "slip 1", T0);
    long other = queue.enqueue("back-office", "slip 2", T0);
    queue.claimHead("counter", T0, LEASE).orElseThrow();

    assertThat(queue.claimHead("back-office", T0, LEASE)).map(PrintJob::id).contains(other);
    assertThat(queue.claimHead("stockroom", T0, LEASE)).isEmpty();
  }

  @Test
  void givenAFailedAttempt_whenRetryTimeHasNotCome_thenNeitherItNorALaterJobIsClaimed() {
    long first = queue.enqueue("counter", "slip 1", T0);
    queue.enqueue("counter", "slip 2", T0);
    queue.claimHead("counter", T0, LEASE).orElseThrow();

    queue.retryLater(first, T0.plusSeconds(30), false, "connection refused");

    assertThat(queue.claimHead("counter", T0.plusSeconds(29), LEASE)).isEmpty();
    PrintJob retried = queue.claimHead("counter", T0.plusSeconds(30), LEASE).orElseThrow();
    assertThat(retried.id()).isEqualTo(first);
    assertThat(retried.attempts()).isEqualTo(2);
    assertThat(retried.lastFailure()).contains("connection refused");
    assertThat(retried.mayHavePrinted()).isFalse();
  }

  @Test
  void givenAnAttemptThatMayHavePrinted_whenItFailsAgainCleanly_thenTheJobStaysMarked() {
    long id = queue.enqueue("counter", "slip 1", T0);
    queue.claimHead("counter", T0, LEASE).orElseThrow();
    queue.retryLater(id, T0, true, "connection reset mid-slip");
    queue.claimHead("counter", T0, LEASE).orElseThrow();
    queue.retryLater(id, T0, false, "connection refused");

    assertThat(queue.claimHead("counter", T0, LEASE).orElseThrow().mayHavePrinted()).isTrue();
  }

  @Test
  void givenALapsedClaim_whenClaimingAgain_thenTheJobComesBackMarkedAsMayHavePrinted() {
    long id = queue.enqueue("counter", "slip 1", T0);
    queue.claimHead("counter", T0, LEASE).orElseThrow();

    assertThat(queue.claimHead("counter", T0.plus(LEASE).minusSeconds(1), LEASE)).isEmpty();
    PrintJob again = queue.claimHead("counter", T0.plus(LEASE), LEASE).orElseThrow();
    assertThat(again.id()).isEqualTo(id);
    assertThat(again.attempts()).isEqualTo(2);
    assertThat(again.mayHavePrinted()).isTrue();
  }

  @Test
  void givenCompletedOrUnknownJobs_whenCompletingOrRetrying_thenNothingHappens() {
    long id = queue.enqueue("counter", "slip 1", T0);
    queue.complete(id);
    queue.complete(id);
    queue.retryLater(id, T0, true, "late report");
    queue.retryLater(9_999_999L, T0, true, "unknown job");

    assertThat(queue.pendingCount()).isZero();
    assertThat(queue.waiting("counter")).isEmpty();
  }

  @Test
  void givenJobs_whenListingWaiting_thenTheyAreOldestFirstWithTheirState() {
    long first = queue.enqueue("counter", "slip 1", T0);
    long second = queue.enqueue("counter", "slip 2", T0.plusSeconds(1));
    queue.enqueue("back-office", "slip 3", T0);
    queue.claimHead("counter", T0, LEASE).orElseThrow();
    queue.retryLater(first, T0.plusSeconds(10), false, "printer off");

    assertThat(queue.waiting("counter")).extracting(PrintJob::id).containsExactly(first, second);
    assertThat(queue.waiting("counter").get(0).lastFailure()).contains("printer off");
    assertThat(queue.waiting("counter").get(1).enqueuedAt()).isEqualTo(T0.plusSeconds(1));
    assertThat(queue.pendingCount()).isEqualTo(3);
  }

  @Test
  void givenKoreanAndLongDocuments_whenQueued_thenTheyComeBackUnchanged() {
    String document = "접수증 똠방각하 ✓\n\tline\\two\n" + "가".repeat(20_000);
    queue.enqueue("counter", document, T0);

    assertThat(queue.claimHead("counter", T0, LEASE)).map(PrintJob::document).contains(document);
  }

  @Test
  void givenATransactionThatFails_whenItHadQueuedAJob_thenTheJobIsNotThere() {
    assertThatThrownBy(() -> transactions().run(() -> {
      queue.enqueue("counter", "slip 1", T0);
      throw new IllegalStateException("the pickup change failed");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(queue.pendingCount()).isZero();
    assertThat(queue.claimHead("counter", T0, LEASE)).isEmpty();
    long id = queue.enqueue("counter", "slip 2", T0);
    assertThat(queue.claimHead("counter", T0, LEASE)).map(PrintJob::id).isEqualTo(Optional.of(id));
  }

  @Test
  void givenManyThreads_whenTheyClaimTheSameHead_thenExactlyOneGetsIt() throws Exception {
    queue.enqueue("counter", "slip 1", T0);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Optional<PrintJob>>> claims = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        claims.add(pool.submit(() -> queue.claimHead("counter", T0, LEASE)));
      }
      int claimed = 0;
      for (Future<Optional<PrintJob>> claim : claims) {
        claimed += claim.get(30, TimeUnit.SECONDS).isPresent() ? 1 : 0;
      }
      assertThat(claimed).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void givenABlankPrinterName_whenQueueing_thenItIsRefused() {
    assertThatThrownBy(() -> queue.enqueue(" ", "slip", T0)).isInstanceOf(IllegalArgumentException.class);
  }
}
