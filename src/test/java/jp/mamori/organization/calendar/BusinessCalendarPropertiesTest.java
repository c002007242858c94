package jp.mamori.organization.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

class BusinessCalendarPropertiesTest {

  @Test
  void defaultsMatchTheDefaultSettings() {
    assertThat(new BusinessCalendarProperties().toSettings()).isEqualTo(BusinessCalendarSettings.defaults());
  }

  @Test
  void bindsFromSpringProperties() {
    Map<String, String> source = Map.of(
        "mamori.calendar.annual-closing-days", "12-30, 12-31,01-02",
        "mamori.calendar.extra-closed-days", "2026-05-01,2026-08-14",
        "mamori.calendar.zone", "Asia/Tokyo",
        "mamori.calendar.closing-time", "18:30");

    BusinessCalendarSettings settings = new Binder(new MapConfigurationPropertySource(source))
        .bind("mamori.calendar", BusinessCalendarProperties.class)
        .get()
        .toSettings();

    assertThat(settings.annualClosingDays())
        .containsExactly(MonthDay.of(12, 30), MonthDay.of(12, 31), MonthDay.of(1, 2));
    assertThat(settings.extraClosedDays())
        .containsExactlyInAnyOrder(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 8, 14));
    assertThat(settings.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    assertThat(settings.closingTime()).isEqualTo(LocalTime.of(18, 30));
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
      "annual-closing-days, 12/29",
      "annual-closing-days, 13-01",
      "zone, Tokyo",
      "closing-time, 5pm"})
  void reportsWhichPropertyIsMalformed(String key, String value) {
    BusinessCalendarProperties properties = new BusinessCalendarProperties();
    switch (key) {
      case "annual-closing-days" -> properties.setAnnualClosingDays(List.of(value));
      case "zone" -> properties.setZone(value);
      default -> properties.setClosingTime(value);
    }

    assertThatThrownBy(properties::toSettings)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mamori.calendar." + key);
  }

  @Test
  void springWiresTheCalendarUnderTheNameUsedInBpmnExpressions() {
    try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
      context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test",
          Map.of("mamori.calendar.extra-closed-days", "2026-04-30")));
      context.register(BusinessCalendarConfiguration.class, BusinessCalendar.class);
      context.registerBean(java.time.Clock.class, java.time.Clock::systemUTC);
      context.refresh();

      BusinessCalendar calendar = context.getBean("businessCalendar", BusinessCalendar.class);

      assertThat(calendar.isBusinessDay(LocalDate.of(2026, 4, 30))).isFalse();
      assertThat(calendar.isBusinessDay(LocalDate.of(2026, 12, 29))).isFalse();
      assertThat(calendar.settings().zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    }
  }
}
