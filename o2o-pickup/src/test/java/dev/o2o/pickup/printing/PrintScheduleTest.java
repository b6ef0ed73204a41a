package dev.o2o.pickup.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class PrintScheduleTest {

  private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

  private static ZonedDateTime at(int hour, int minute, int second) {
    return ZonedDateTime.of(2024, 3, 4, hour, minute, second, 0, SEOUL);
  }

  @Test
  void givenMinutes05And35_whenAskedAroundTheHour_thenTheLatestAndNextDueMinutesWrapAcrossHours() {
    PrintSchedule schedule = PrintSchedule.of(35, 5);
    assertThat(schedule.toString()).isEqualTo("[05, 35]");
    assertThat(schedule.latestDueAtOrBefore(at(10, 4, 59))).contains(at(9, 35, 0));
    assertThat(schedule.latestDueAtOrBefore(at(10, 5, 0))).contains(at(10, 5, 0));
    assertThat(schedule.latestDueAtOrBefore(at(10, 34, 10))).contains(at(10, 5, 0));
    assertThat(schedule.nextDueAfter(at(10, 5, 0))).contains(at(10, 35, 0));
    assertThat(schedule.nextDueAfter(at(10, 40, 0))).contains(at(11, 5, 0));
    assertThat(schedule.nextDueAfter(at(23, 50, 0))).contains(ZonedDateTime.of(2024, 3, 5, 0, 5, 0, 0, SEOUL));
  }

  @Test
  void givenNoMinutes_whenAsked_thenNothingIsEverDue() {
    assertThat(PrintSchedule.none().latestDueAtOrBefore(at(10, 0, 0))).isEmpty();
    assertThat(PrintSchedule.none().nextDueAfter(at(10, 0, 0))).isEmpty();
  }

  @Test
  void givenAnyScheduleAndTime_whenAsked_thenTheLatestDueIsAScheduledMinuteWithinTheLastHourAndNoneLies_between() {
    qt().withExamples(300)
        .forAll(integers().between(1, (1 << 12) - 1), integers().between(0, 24 * 3600 - 1))
        .check((mask, second) -> {
          int[] minutes = java.util.stream.IntStream.range(0, 12).filter(i -> (mask & (1 << i)) != 0)
              .map(i -> i * 5).toArray();
          PrintSchedule schedule = PrintSchedule.of(minutes);
          ZonedDateTime now = at(0, 0, 0).plusSeconds(second);
          ZonedDateTime latest = schedule.latestDueAtOrBefore(now).orElseThrow();
          ZonedDateTime next = schedule.nextDueAfter(now).orElseThrow();
          boolean scheduled = schedule.minutes().contains(latest.getMinute())
              && schedule.minutes().contains(next.getMinute());
          boolean inRange = !latest.isAfter(now) && latest.isAfter(now.minusHours(1)) && next.isAfter(now)
              && !next.isAfter(now.plusHours(1));
          boolean noneBetween = true;
          for (ZonedDateTime t = latest.plusMinutes(1); t.isBefore(next); t = t.plusMinutes(1)) {
            noneBetween &= !schedule.minutes().contains(t.getMinute());
          }
          return scheduled && inRange && noneBetween && latest.equals(latest.truncatedTo(ChronoUnit.MINUTES));
        });
  }
}
