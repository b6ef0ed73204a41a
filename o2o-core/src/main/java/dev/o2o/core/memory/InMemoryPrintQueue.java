package dev.o2o.core.memory;

import static dev.o2o.core.model.Checks.requireCode;
import static dev.o2o.core.model.Checks.requireText;

import dev.o2o.core.print.PrintJob;
import dev.o2o.core.print.PrintQueue;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** The print queue in memory: thread-safe, and rolled back with the {@link InMemoryTransactions} it is given. */
public final class InMemoryPrintQueue implements PrintQueue {

  private final InMemoryTransactions transactions;
  private final TreeMap<Long, Slot> jobs = new TreeMap<>();
  private long nextId = 1;

  public InMemoryPrintQueue(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  /** A job, its claim and when it may next be claimed. */
  private record Slot(PrintJob job, Optional<Instant> claimedUntil, Instant dueAt) {}

  @Override
  public long enqueue(String printer, String document, Instant at) {
    requireCode("printer name", printer);
    return transactions.inTransaction(() -> {
      long id = nextId;
      PrintJob job = new PrintJob(id, printer, document, at, 0, false, Optional.empty());
      transactions.write(() -> {
        nextId++;
        return jobs.put(id, new Slot(job, Optional.empty(), at));
      }, () -> {
        jobs.remove(id);
        nextId = id;
      });
      return id;
    });
  }

  @Override
  public Optional<PrintJob> claimHead(String printer, Instant now, Duration lease) {
    return transactions.inTransaction(() -> {
      Optional<Slot> head = jobs.values().stream().filter(s -> s.job().printer().equals(printer)).findFirst();
      if (head.isEmpty()) {
        return Optional.<PrintJob>empty();
      }
      Slot slot = head.get();
      boolean lapsed = slot.claimedUntil().map(until -> !until.isAfter(now)).orElse(false);
      boolean free = slot.claimedUntil().isEmpty() || lapsed;
      if (!free || slot.dueAt().isAfter(now)) {
        return Optional.<PrintJob>empty();
      }
      PrintJob old = slot.job();
      PrintJob claimed = new PrintJob(old.id(), old.printer(), old.document(), old.enqueuedAt(), old.attempts() + 1,
          old.mayHavePrinted() || lapsed,
          lapsed ? Optional.of("the claim of attempt " + old.attempts() + " lapsed") : old.lastFailure());
      Slot taken = new Slot(claimed, Optional.of(now.plus(lease)), slot.dueAt());
      transactions.write(() -> jobs.put(old.id(), taken), () -> jobs.put(old.id(), slot));
      return Optional.of(claimed);
    });
  }

  @Override
  public void complete(long id) {
    transactions.run(() -> {
      Slot old = jobs.get(id);
      if (old != null) {
        transactions.write(() -> jobs.remove(id), () -> jobs.put(id, old));
      }
    });
  }

  @Override
  public void retryLater(long id, Instant notBefore, boolean mayHavePrinted, String failure) {
    requireText("failure", failure);
    transactions.run(() -> {
      Slot old = jobs.get(id);
      if (old != null) {
        PrintJob job = old.job();
        PrintJob failed = new PrintJob(job.id(), job.printer(), job.document(), job.enqueuedAt(), job.attempts(),
            job.mayHavePrinted() || mayHavePrinted, Optional.of(failure));
        Slot freed = new Slot(failed, Optional.empty(), notBefore);
        transactions.write(() -> jobs.put(id, freed), () -> jobs.put(id, old));
      }
    });
  }

  @Override
  public List<PrintJob> waiting(String printer) {
    return transactions.read(() -> jobs.values().stream()
        .map(Slot::job)
        .filter(j -> j.printer().equals(printer))
        .toList());
  }

  @Override
  public long pendingCount() {
    return transactions.read(jobs::size);
  }
}
