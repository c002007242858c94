package jp.mamori.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DeadlineSettingsTest {

  @Test
  void escalationComesTheEscalationDaysAfterTheDueDate() {
    DeadlineSettings settings = new DeadlineSettings("mamori.x.*-days", 5, 2);
    assertThat(settings.getReviewDays()).isEqualTo(5);
    assertThat(settings.getEscalationDays()).isEqualTo(2);
    assertThat(settings.getEscalateAfterDays()).isEqualTo(7);
  }

  @Test
  void lessThanADayIsRefusedNamingTheSettings() {
    assertThatThrownBy(() -> new DeadlineSettings("mamori.x.*-days", 0, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mamori.x.*-days");
    assertThatThrownBy(() -> new DeadlineSettings("mamori.x.*-days", 5, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
