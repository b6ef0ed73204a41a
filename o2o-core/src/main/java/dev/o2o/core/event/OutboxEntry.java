package dev.o2o.core.event;

import java.time.Instant;

/** An event waiting in the outbox: its position, when it was written and how often a relay has claimed it. */
public record OutboxEntry(long id, MallEvent event, Instant enqueuedAt, int attempts) {}
