package dev.o2o.core.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.o2o.core.time.ManualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ScanIntakeTest {

  private static final ScannerId COUNTER = ScannerId.of("counter-1");
  private static final ScannerId BACKROOM = ScannerId.of("backroom");

  private final ManualClock clock = ManualClock.at(Instant.parse("2024-05-01T01:00:00Z"));
  private final List<Scan> scans = new CopyOnWriteArrayList<>();
  private final ScanIntake intake = ScanIntake.builder(clock, scans::add)
      .doubleReadWindow(Duration.ofMillis(500))
      .build();

  @Test
  void givenACode_whenReceived_thenTheListenerGetsItRecognisedWithTimeAndScanner() {
    intake.receive(COUNTER, "8801234567893\r\n");

    assertThat(scans).singleElement().satisfies(scan -> {
      assertThat(scan.code()).isEqualTo("8801234567893");
      assertThat(scan.kind()).isEqualTo(CodeKind.EAN_13);
      assertThat(scan.time()).isEqualTo(clock.instant());
      assertThat(scan.scanner()).isEqualTo(COUNTER);
      assertThat(scan.isRecognised()).isTrue();
      assertThat(scan.fits(CodeKind.WAYBILL)).isTrue();
    });
  }

  @Test
  void givenABadCode_whenReceived_thenItReachesTheListenerAsUnrecognised() {
    intake.receive(COUNTER, "8801234567890");

    assertThat(scans).singleElement().satisfies(scan -> {
      assertThat(scan.isRecognised()).isFalse();
      assertThat(scan.recognition()).isInstanceOfSatisfying(Recognition.Unrecognised.class,
          u -> assertThat(u.reason()).isEqualTo(UnrecognisedReason.BAD_CHECK_DIGIT));
    });
  }

  @Test
  void givenBlankLines_whenReceived_thenNothingIsReported() {
    intake.receive(COUNTER, "");
    intake.receive(COUNTER, "\n");
    intake.receive(COUNTER, null);

    assertThat(scans).isEmpty();
  }

  @Test
  void givenTheSameCodeTwiceWithinTheWindow_whenReceived_thenTheSecondIsDropped() {
    intake.receive(COUNTER, "8801234567893");
    clock.advance(Duration.ofMillis(499));
    intake.receive(COUNTER, "8801234567893");

    assertThat(scans).hasSize(1);
  }

  @Test
  void givenTheSameCodeAgainOnceTheWindowHasPassed_whenReceived_thenItCountsAgain() {
    intake.receive(COUNTER, "8801234567893");
    clock.advance(Duration.ofMillis(500));
    intake.receive(COUNTER, "8801234567893");

    assertThat(scans).hasSize(2);
  }

  @Test
  void givenAnotherCodeInBetween_whenTheFirstIsScannedAgainWithinTheWindow_thenItCountsAgain() {
    intake.receive(COUNTER, "8801234567893");
    intake.receive(COUNTER, "96385074");
    intake.receive(COUNTER, "8801234567893");

    assertThat(scans).extracting(Scan::code).containsExactly("8801234567893", "96385074", "8801234567893");
  }

  @Test
  void givenTwoScanners_whenBothReadTheSameCode_thenBothScansCount() {
    intake.receive(COUNTER, "8801234567893");
    intake.receive(BACKROOM, "8801234567893");

    assertThat(scans).extracting(Scan::scanner).containsExactly(COUNTER, BACKROOM);
  }

  @Test
  void givenAClockThatWentBack_whenTheSameCodeIsReadAgain_thenItIsNotTakenForADoubleRead() {
    intake.receive(COUNTER, "8801234567893");
    clock.set(clock.instant().minusSeconds(60));
    intake.receive(COUNTER, "8801234567893");

    assertThat(scans).hasSize(2);
  }

  @Test
  void givenAZeroWindow_whenTheSameCodeIsReadTwiceAtOnce_thenBothCount() {
    List<Scan> all = new ArrayList<>();
    ScanIntake noWindow = ScanIntake.builder(clock, all::add).doubleReadWindow(Duration.ZERO).build();

    noWindow.receive(COUNTER, "8801234567893");
    noWindow.receive(COUNTER, "8801234567893");

    assertThat(all).hasSize(2);
  }

  @Test
  void givenANegativeWindow_whenBuilt_thenRefused() {
    assertThatThrownBy(() -> ScanIntake.builder(clock, scans::add).doubleReadWindow(Duration.ofMillis(-1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
  }

  @Test
  void givenManyScannersAtOnce_whenEachSendsItsCodes_thenEachScannersScansArriveInItsOrder() throws Exception {
    ScanIntake noWindow = ScanIntake.builder(clock, scans::add).doubleReadWindow(Duration.ZERO).build();
    int scanners = 4;
    int perScanner = 500;
    ExecutorService pool = Executors.newFixedThreadPool(scanners);
    CountDownLatch start = new CountDownLatch(1);
    try {
      for (int s = 0; s < scanners; s++) {
        ScannerId id = ScannerId.of("s" + s);
        pool.submit(() -> {
          start.await();
          for (int i = 0; i < perScanner; i++) {
            noWindow.receive(id, "PK" + String.format("%012d", i));
          }
          return null;
        });
      }
      start.countDown();
    } finally {
      pool.shutdown();
      assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }

    assertThat(scans).hasSize(scanners * perScanner);
    for (int s = 0; s < scanners; s++) {
      ScannerId id = ScannerId.of("s" + s);
      assertThat(scans.stream().filter(scan -> scan.scanner().equals(id)).map(Scan::code))
          .containsExactlyElementsOf(java.util.stream.IntStream.range(0, perScanner)
              .mapToObj(i -> "PK" + String.format("%012d", i)).toList());
    }
  }
}
