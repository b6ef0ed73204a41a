package dev.o2o.pickup.printing;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The minutes of every hour at which waiting slips print, in steps of 5 from 00 to 55: all twelve print every five
 * minutes; {05, 35} prints at five and thirty-five past each hour; none prints only on demand.
 */
public record PrintSchedule(SortedSet<Integer> minutes) {

  /** Refuses any minute that is not one of 0, 5, ..., 55, naming it. */
  public PrintSchedule {
    for (Integer minute : minutes) {
      if (minute == null || minute < 0 || minute > 55 || minute % 5 != 0) {
        throw new IllegalArgumentException(
            "print minutes are 00 to 55 in steps of 5, got " + minute + " in " + minutes);
      }
    }
    minutes = Collections.unmodifiableSortedSet(new TreeSet<>(minutes));
  }

  /** The given minutes. */
  public static PrintSchedule of(int... minutes) {
    TreeSet<Integer> set = new TreeSet<>();
    for (int m : minutes) {
      set.add(m);
    }
    return new PrintSchedule(set);
  }

  /** No minute: slips print only on demand. */
  public static PrintSchedule none() {
    return new PrintSchedule(new TreeSet<>());
  }

  /** Every five minutes (00 to 55). */
  public static PrintSchedule everyFiveMinutes() {
    return of(IntStream.rangeClosed(0, 11).map(i -> i * 5).toArray());
  }

  public boolean isEmpty() {
    return minutes.isEmpty();
  }

  /** The latest due minute at or before {@code time} (within the last hour), to the minute. */
  public Optional<ZonedDateTime> latestDueAtOrBefore(ZonedDateTime time) {
    ZonedDateTime minute = time.truncatedTo(ChronoUnit.MINUTES);
    for (int back = 0; back < 60 && !minutes.isEmpty(); back++) {
      ZonedDateTime candidate = minute.minusMinutes(back);
      if (minutes.contains(candidate.getMinute())) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The first due minute strictly after {@code time}: when a host should call the schedule next. */
  public Optional<ZonedDateTime> nextDueAfter(ZonedDateTime time) {
    ZonedDateTime minute = time.truncatedTo(ChronoUnit.MINUTES);
    for (int ahead = 1; ahead <= 60 && !minutes.isEmpty(); ahead++) {
      ZonedDateTime candidate = minute.plusMinutes(ahead);
      if (minutes.contains(candidate.getMinute())) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return minutes.stream().map(m -> String.format("%02d", m)).toList().toString();
  }
}
