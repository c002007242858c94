package jp.mamori.provision.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.junit.jupiter.api.Test;

/**
 * The retention of the records of provision and receipt (APPI 29-30条, default three years) and the age from which a
 * minor signs a consent besides the legal representative (Keio 11): configured, nonsense refused at start-up.
 */
class ProvisionSettingsTest {

  @Test
  void readsTheDefaults() {
    ProvisionSettings settings = new ProvisionSettings("P3Y", 15, 2, 2);
    assertThat(settings.getRecordRetention()).isEqualTo(Period.ofYears(3));
    assertThat(settings.getMinorOwnConsentAge()).isEqualTo(15);
    assertThat(settings.getEscalateAfterDays()).isEqualTo(4);
  }

  @Test
  void refusesARetentionUnderAYearAndAnAgeOutsideMinority() {
    assertThatThrownBy(() -> ProvisionSettings.retention("P6M")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProvisionSettings.retention("three years")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ISO-8601");
    assertThat(ProvisionSettings.retention("P5Y")).isEqualTo(Period.ofYears(5));
    assertThatThrownBy(() -> new ProvisionSettings("P3Y", 19, 2, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ProvisionSettings("P3Y", 0, 2, 2)).isInstanceOf(IllegalArgumentException.class);
  }
}
