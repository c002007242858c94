package jp.mamori.outsourcing.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.junit.jupiter.api.Test;

/** The periodic-check interval (第25条3) is an ISO-8601 period a hospital configures; nonsense is refused at start-up. */
class OutsourcingSettingsTest {

  @Test
  void acceptsYearsMonthsAndWeeks() {
    assertThat(OutsourcingSettings.interval("P1Y")).isEqualTo(Period.ofYears(1));
    assertThat(OutsourcingSettings.interval("P6M")).isEqualTo(Period.ofMonths(6));
    assertThat(OutsourcingSettings.interval("P2W")).isEqualTo(Period.ofDays(14));
  }

  @Test
  void refusesWhatWouldNeverOrTooOftenComeRound() {
    assertThatThrownBy(() -> OutsourcingSettings.interval("P0D")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OutsourcingSettings.interval("P-1Y")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OutsourcingSettings.interval("P3D")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OutsourcingSettings.interval("yearly")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ISO-8601");
  }

  @Test
  void readsTheDefaults() {
    OutsourcingSettings settings = new OutsourcingSettings("P1Y", 10, 5, 5, 20);
    assertThat(settings.getCheckInterval()).isEqualTo(Period.ofYears(1));
    assertThat(settings.getEscalateAfterDays()).isEqualTo(10);
    assertThatThrownBy(() -> new OutsourcingSettings("P1Y", 0, 5, 5, 20))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
