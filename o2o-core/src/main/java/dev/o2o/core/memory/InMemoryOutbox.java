package dev.o2o.core.memory;

import dev.o2o.core.event.MallEvent;
import dev.o2o.core.event.Outbox;
import dev.o2o.core.event.OutboxEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The outbox in memory. */
public final class InMemoryOutbox implements Outbox {

  private final InMemoryTransactions transactions;
  private final TreeMap<Long, Slot> entries = new TreeMap<>();
  private long nextId = 1;

  public InMemoryOutbox(InMemoryTransactions transactions) {
    this.transactions = transactions;
  }

  /** An entry and its claim. */
  private record Slot(OutboxEntry entry, Optional<Instant> claimedUntil, Instant dueAt) {}

  @Override
  public void append(MallEvent event, Instant at) {
    transactions.run(() -> {
      // Only the newest entry of a key may be replaced: an older one is in flight, or about to be dropped.
      Optional<Map.Entry<Long, Slot>> waiting = event.coalescingKey()
          .flatMap(this::newestWithKey)
          .filter(e -> e.getValue().claimedUntil().isEmpty());
      if (waiting.isPresent()) {
        long id = waiting.get().getKey();
        Slot old = waiting.get().getValue();
        Slot replaced = new Slot(new OutboxEntry(id, event, at, old.entry().attempts()), Optional.empty(), old.dueAt());
        transactions.write(() -> entries.put(id, replaced), () -> entries.put(id, old));
      } else {
        long id = nextId;
        transactions.write(() -> {
          nextId++;
          return entries.put(id, new Slot(new OutboxEntry(id, event, at, 0), Optional.empty(), at));
        }, () -> {
          entries.remove(id);
          nextId = id;
        });
      }
    });
  }

  private Optional<Map.Entry<Long, Slot>> newestWithKey(String key) {
    return entries.descendingMap().entrySet().stream()
        .filter(e -> e.getValue().entry().event().coalescingKey().equals(Optional.of(key)))
        .findFirst();
  }

  @Override
  public List<OutboxEntry> claim(int max, Instant now, Duration lease) {
    return transactions.inTransaction(() -> {
      List<OutboxEntry> claimed = new ArrayList<>();
      for (Slot slot : List.copyOf(entries.values())) {
        if (claimed.size() >= max) {
          break;
        }
        boolean free = slot.claimedUntil().map(until -> !until.isAfter(now)).orElse(true);
        if (free && !slot.dueAt().isAfter(now)) {
          OutboxEntry entry = slot.entry();
          OutboxEntry attempt = new OutboxEntry(entry.id(), entry.event(), entry.enqueuedAt(), entry.attempts() + 1);
          Slot taken = new Slot(attempt, Optional.of(now.plus(lease)), slot.dueAt());
          transactions.write(() -> entries.put(entry.id(), taken), () -> entries.put(entry.id(), slot));
          claimed.add(attempt);
        }
      }
      return claimed;
    });
  }

  @Override
  public void acknowledge(Collection<Long> ids) {
    transactions.run(() -> ids.forEach(id -> {
      Slot old = entries.get(id);
      if (old != null) {
        transactions.write(() -> entries.remove(id), () -> entries.put(id, old));
      }
    }));
  }

  @Override
  public void release(Collection<Long> ids, Instant notBefore) {
    transactions.run(() -> ids.forEach(id -> {
      Slot old = entries.get(id);
      if (old == null) {
        return;
      }
      boolean superseded = old.entry().event().coalescingKey()
          .flatMap(this::newestWithKey)
          .filter(newest -> newest.getKey() > id)
          .isPresent();
      if (superseded) {
        transactions.write(() -> entries.remove(id), () -> entries.put(id, old));
      } else {
        Slot freed = new Slot(old.entry(), Optional.empty(), notBefore);
        transactions.write(() -> entries.put(id, freed), () -> entries.put(id, old));
      }
    }));
  }

  @Override
  public long pendingCount() {
    return transactions.read(entries::size);
  }
}
