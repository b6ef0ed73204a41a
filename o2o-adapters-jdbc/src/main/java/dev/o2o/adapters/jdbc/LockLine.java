package dev.o2o.adapters.jdbc;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Threads of this process that are about to wait for the lock of the same row line up here and go to the database one
 * at a time, so that the database holds at most one waiter per row from this process beside the holder.
 *
 * <p>Why: on PostgreSQL, a statement waiting for a row lock keeps the snapshot it started with; with dozens of writers
 * queued on one hot row, those old snapshots keep the row's old versions from being pruned, the versions spill over
 * onto new pages (one stock position grew to 60 pages in seconds) and each new holder follows a longer chain: 64
 * threads reserving one SKU ran at 0.4 of one thread's rate; lined up here, at about its rate, the row on one page.
 * A thread waits in the line at most {@code patience}, then goes to the database anyway: the row lock is what keeps
 * writers apart, the line only orders them, so a wait that is part of a cycle through other locks (which the database
 * cannot see here) ends and the database finds the deadlock.
 */
final class LockLine {

  private final long patienceNanos;
  private final ConcurrentHashMap<Object, Turn> lines = new ConcurrentHashMap<>();

  /** A line whose threads wait at most {@code patienceMillis} for their turn. */
  LockLine(long patienceMillis) {
    this.patienceNanos = TimeUnit.MILLISECONDS.toNanos(patienceMillis);
  }

  /** The line of one row: one permit, handed out in arrival order, and how many threads are in it. */
  private static final class Turn {
    final Semaphore permit = new Semaphore(1, true);
    /** Changed only inside the map's compute, which serialises it. */
    int users;
  }

  /** Runs {@code lock} (the statement that waits for the row of {@code key}) in this process's line for that row. */
  <T> T inTurn(Object key, Supplier<T> lock) {
    Turn turn = lines.compute(key, (k, existing) -> {
      Turn joined = existing == null ? new Turn() : existing;
      joined.users++;
      return joined;
    });
    boolean mine = false;
    try {
      mine = turn.permit.tryAcquire(patienceNanos, TimeUnit.NANOSECONDS);
      return lock.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new JdbcStoreException("interrupted while waiting to lock the row of " + key, e);
    } finally {
      if (mine) {
        turn.permit.release();
      }
      lines.compute(key, (k, existing) -> --existing.users == 0 ? null : existing);
    }
  }

  /** How many rows have threads in line now (for tests: the lines are dropped when they empty). */
  int size() {
    return lines.size();
  }
}
