package dev.o2o.core.event;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Outbound port: mall events waiting to be sent, written in the caller's transaction so that an event exists exactly
 * when the change that caused it committed. Relays claim entries, send them, then acknowledge or release them: every
 * event is sent at least once, and no entry is held by two relays at the same moment.
 */
public interface Outbox {

  /**
   * Adds an event. An event with a {@linkplain MallEvent#coalescingKey() coalescing key} replaces the newest waiting
   * event with the same key when that one is unclaimed (the latest state wins); if it is claimed (being sent), the new
   * one is added after it, so a change made during a send is sent after it.
   */
  void append(MallEvent event, Instant at);

  /**
   * Claims up to {@code max} entries that are due at {@code now} (not claimed, or whose claim has lapsed, and not
   * held back by a {@link #release}), oldest first, for {@code lease}; each claim counts an attempt.
   */
  List<OutboxEntry> claim(int max, Instant now, Duration lease);

  /** Removes sent entries. */
  void acknowledge(Collection<Long> ids);

  /**
   * Gives claimed entries back after a failed send, not to be claimed again before {@code notBefore}. An entry with a
   * coalescing key for which a newer entry waits is dropped instead: the newer state supersedes it, and sending it
   * later would overwrite the newer one at the mall.
   */
  void release(Collection<Long> ids, Instant notBefore);

  /** How many entries wait, claimed or not. */
  long pendingCount();
}
