package jp.mamori.organization.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessCalendarTest {

  private static final ZoneOffset JST = ZoneOffset.ofHours(9);

  private final BusinessCalendar calendar = calendarAt("2026-04-28T10:00:00+09:00");

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "2026-04-27, true",   // 月
      "2026-04-25, false",  // 土
      "2026-04-26, false",  // 日
      "2026-04-29, false",  // 昭和の日
      "2026-05-06, false",  // 振替休日
      "2026-09-22, false",  // 国民の休日
      "2026-12-28, true",   // 仕事納め
      "2026-12-29, false",  // 年末年始休院
      "2027-01-01, false",  // 元日
      "2027-01-04, true"})  // 仕事始め
  void decidesBusinessDays(LocalDate date, boolean expected) {
    assertThat(calendar.isBusinessDay(date)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource({
      // ゴールデンウィーク 2026: 4/29(水)〜5/6(水) のうち営業日は 4/30, 5/1 のみ
      "2026-04-28, 1, 2026-04-30",
      "2026-04-28, 2, 2026-05-01",
      "2026-04-28, 3, 2026-05-07",
      "2026-05-01, 1, 2026-05-07",
      "2026-04-28, 5, 2026-05-11",
      // ゴールデンウィーク 2025: 5/3(土)〜5/6(火振替)
      "2025-05-02, 1, 2025-05-07",
      // 年末年始 2025-26: 12/27(土)〜1/4(日)
      "2025-12-26, 1, 2026-01-05",
      "2025-12-25, 2, 2026-01-05",
      // 年末年始 2026-27: 12/29(火)〜1/3(日)
      "2026-12-28, 1, 2027-01-04",
      "2026-12-24, 5, 2027-01-06",
      // 休日からの起算も翌日から数える
      "2026-05-03, 1, 2026-05-07",
      "2026-04-25, 1, 2026-04-27"})
  void addsBusinessDaysSkippingHolidaysWeekendsAndClosingDays(LocalDate start, int n, LocalDate expected) {
    assertThat(calendar.addBusinessDays(start, n)).isEqualTo(expected);
    assertThat(calendar.businessDaysBetween(start, expected)).isEqualTo(n);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "2026-04-28, 2026-04-28",
      "2026-04-29, 2026-04-30",
      "2026-05-02, 2026-05-07",
      "2026-12-29, 2027-01-04"})
  void zeroBusinessDaysMeansTheSameOrNextBusinessDay(LocalDate start, LocalDate expected) {
    assertThat(calendar.addBusinessDays(start, 0)).isEqualTo(expected);
  }

  @Test
  void rejectsNegativeDayCounts() {
    assertThatThrownBy(() -> calendar.addBusinessDays(LocalDate.of(2026, 4, 28), -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.dueInBusinessDays(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.dueInCalendarDays(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "({0}, {1}] = {2}")
  @CsvSource({
      "2026-04-28, 2026-05-08, 4",
      "2025-12-25, 2026-01-06, 3",
      "2026-04-28, 2026-04-28, 0",
      "2026-05-08, 2026-04-28, -4",
      // 2026年の営業日数: 365 − 土日104 − 平日の休日17 − 平日の休院日(1/2, 12/29〜12/31)4
      "2025-12-31, 2026-12-31, 240"})
  void countsBusinessDaysBetween(LocalDate fromExclusive, LocalDate toInclusive, long expected) {
    assertThat(calendar.businessDaysBetween(fromExclusive, toInclusive)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "now {0}, +{1} business days → {2}")
  @CsvSource({
      "2026-04-28T10:00:00+09:00, 0, 2026-04-28T17:00:00+09:00",
      "2026-04-28T10:00:00+09:00, 3, 2026-05-07T17:00:00+09:00",
      "2026-04-28T10:00:00+09:00, 5, 2026-05-11T17:00:00+09:00",
      "2026-05-02T09:00:00+09:00, 0, 2026-05-07T17:00:00+09:00",
      "2025-12-26T16:59:00+09:00, 1, 2026-01-05T17:00:00+09:00",
      // UTCではまだ4/27だが、東京では4/28 01:00
      "2026-04-27T16:00:00Z,      1, 2026-04-30T17:00:00+09:00"})
  void dueInBusinessDaysIsTheClosingTimeOfTheTargetDayInTokyo(String now, int n, String expected) {
    BusinessCalendar atNow = calendarAt(now);

    assertThat(atNow.dueInBusinessDays(n)).isEqualTo(date(expected));
  }

  @Test
  void closingTimeIsConfigurable() {
    BusinessCalendarSettings settings = BusinessCalendarSettings.defaults().withClosingTime(LocalTime.of(18, 30));
    BusinessCalendar lateClosing = new BusinessCalendar(settings, fixedClock("2026-04-28T10:00:00+09:00"));

    assertThat(lateClosing.dueInBusinessDays(1)).isEqualTo(date("2026-04-30T18:30:00+09:00"));
  }

  @ParameterizedTest(name = "now {0}, +{1} calendar days → {2}")
  @CsvSource({
      "2026-04-28T10:00:00+09:00, 0,  2026-04-28T10:00:00+09:00",
      "2026-04-28T10:00:00+09:00, 3,  2026-05-01T10:00:00+09:00",
      "2025-12-26T15:30:00+09:00, 30, 2026-01-25T15:30:00+09:00"})
  void dueInCalendarDaysCountsEveryDayIncludingHolidays(String now, int n, String expected) {
    assertThat(calendarAt(now).dueInCalendarDays(n)).isEqualTo(date(expected));
  }

  @Test
  void calendarDayDeadlinesDoNotStretchOverHolidays() {
    BusinessCalendar yearEnd = calendarAt("2025-12-26T15:30:00+09:00");

    Date statutory = yearEnd.dueInCalendarDays(5);
    Date internal = yearEnd.dueInBusinessDays(5);

    assertThat(statutory).isEqualTo(date("2025-12-31T15:30:00+09:00"));
    assertThat(internal).isEqualTo(date("2026-01-09T17:00:00+09:00"));
    assertThat(Duration.between(statutory.toInstant(), internal.toInstant())).isGreaterThan(Duration.ofDays(9));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "2026-04-27, 営業日",
      "2026-04-25, 土曜日",
      "2026-04-26, 日曜日",
      "2026-01-01, 元日",
      "2026-05-06, 振替休日",
      "2026-09-22, 国民の休日",
      "2024-05-04, みどりの日",  // 土曜日でも祝日名を優先
      "2026-12-29, 休院日",
      "2026-01-03, 休院日"})     // 土曜日でも休院日を優先
  void describesTheDayForScreens(LocalDate date, String expected) {
    assertThat(calendar.describe(date)).isEqualTo(expected);
  }

  @Test
  void extraClosedDaysAndCustomAnnualDaysAreHonoured() {
    BusinessCalendarSettings settings = new BusinessCalendarSettings(
        List.of(MonthDay.of(8, 14)),
        Set.of(LocalDate.of(2026, 5, 1)),
        BusinessCalendarSettings.DEFAULT_ZONE);
    BusinessCalendar hospital = new BusinessCalendar(settings, fixedClock("2026-04-28T10:00:00+09:00"));

    assertThat(hospital.isBusinessDay(LocalDate.of(2026, 5, 1))).isFalse();
    assertThat(hospital.isBusinessDay(LocalDate.of(2027, 5, 1))).isFalse(); // 土曜日
    assertThat(hospital.isBusinessDay(LocalDate.of(2028, 5, 1))).isTrue();
    assertThat(hospital.isBusinessDay(LocalDate.of(2026, 8, 14))).isFalse();
    assertThat(hospital.isBusinessDay(LocalDate.of(2026, 12, 29))).isTrue();
    assertThat(hospital.addBusinessDays(LocalDate.of(2026, 4, 28), 2)).isEqualTo(LocalDate.of(2026, 5, 7));
    assertThat(hospital.describe(LocalDate.of(2026, 5, 1))).isEqualTo("休院日");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-12-29", "2026-12-30", "2026-12-31", "2027-01-02", "2027-01-03"})
  void defaultSettingsCloseTheYearEndHolidays(LocalDate date) {
    assertThat(BusinessCalendarSettings.defaults().isClosingDay(date)).isTrue();
    assertThat(BusinessCalendarSettings.defaults().closingTime()).isEqualTo(LocalTime.of(17, 0));
  }

  private static BusinessCalendar calendarAt(String now) {
    return new BusinessCalendar(BusinessCalendarSettings.defaults(), fixedClock(now));
  }

  private static Clock fixedClock(String now) {
    // 時計のゾーンをあえてUTCにして、「今日」が設定のゾーンで決まることを確かめる
    return Clock.fixed(OffsetDateTime.parse(now).toInstant(), ZoneOffset.UTC);
  }

  private static Date date(String offsetDateTime) {
    return Date.from(Instant.from(OffsetDateTime.parse(offsetDateTime)));
  }
}
