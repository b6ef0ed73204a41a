package dev.o2o.core.mall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SchedulerSettingsTest {

  @Test
  void givenDefaults_whenRead_thenEveryMinuteInBatchesOf100WithRetriesFromOneToThirtyMinutes() {
    SchedulerSettings defaults = SchedulerSettings.defaults();
    assertThat(defaults.interval()).isEqualTo(Duration.ofMinutes(1));
    assertThat(defaults.batchSize()).isEqualTo(100);
    assertThat(defaults.lease()).isEqualTo(Duration.ofMinutes(5));
    assertThat(defaults.retryDelay(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(defaults.retryDelay(100)).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void givenFailuresInARow_whenTheRetryDelayIsWorkedOut_thenItDoublesUpToTheMaximum() {
    SchedulerSettings settings = SchedulerSettings.defaults()
        .withRetryDelays(Duration.ofSeconds(5), Duration.ofSeconds(60));
    assertThat(settings.retryDelay(1)).hasSeconds(5);
    assertThat(settings.retryDelay(2)).hasSeconds(10);
    assertThat(settings.retryDelay(4)).hasSeconds(40);
    assertThat(settings.retryDelay(5)).hasSeconds(60);
    assertThat(settings.retryDelay(Integer.MAX_VALUE)).hasSeconds(60);
  }

  @Test
  void givenNonsense_whenSettingsAreMade_thenTheyAreRefusedNamingTheSetting() {
    SchedulerSettings defaults = SchedulerSettings.defaults();
    assertThatThrownBy(() -> defaults.withBatchSize(0)).hasMessageContaining("batch size");
    assertThatThrownBy(() -> defaults.withInterval(Duration.ZERO)).hasMessageContaining("interval");
    assertThatThrownBy(() -> defaults.withLease(Duration.ofSeconds(-1))).hasMessageContaining("lease");
    assertThatThrownBy(() -> defaults.withRetryDelays(Duration.ofMinutes(2), Duration.ofMinutes(1)))
        .hasMessageContaining("maximum retry delay");
    assertThatThrownBy(() -> defaults.retryDelay(0)).hasMessageContaining("at least one failure");
  }
}
