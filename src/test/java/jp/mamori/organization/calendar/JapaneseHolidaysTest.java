package jp.mamori.organization.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JapaneseHolidaysTest {

  private final JapaneseHolidays holidays = new JapaneseHolidays();

  static Stream<Arguments> officialYears() {
    return Stream.of(
        Arguments.of(2024, holidayList(
            "2024-01-01", "元日",
            "2024-01-08", "成人の日",
            "2024-02-11", "建国記念の日",
            "2024-02-12", "振替休日",
            "2024-02-23", "天皇誕生日",
            "2024-03-20", "春分の日",
            "2024-04-29", "昭和の日",
            "2024-05-03", "憲法記念日",
            "2024-05-04", "みどりの日",
            "2024-05-05", "こどもの日",
            "2024-05-06", "振替休日",
            "2024-07-15", "海の日",
            "2024-08-11", "山の日",
            "2024-08-12", "振替休日",
            "2024-09-16", "敬老の日",
            "2024-09-22", "秋分の日",
            "2024-09-23", "振替休日",
            "2024-10-14", "スポーツの日",
            "2024-11-03", "文化の日",
            "2024-11-04", "振替休日",
            "2024-11-23", "勤労感謝の日")),
        Arguments.of(2025, holidayList(
            "2025-01-01", "元日",
            "2025-01-13", "成人の日",
            "2025-02-11", "建国記念の日",
            "2025-02-23", "天皇誕生日",
            "2025-02-24", "振替休日",
            "2025-03-20", "春分の日",
            "2025-04-29", "昭和の日",
            "2025-05-03", "憲法記念日",
            "2025-05-04", "みどりの日",
            "2025-05-05", "こどもの日",
            "2025-05-06", "振替休日",
            "2025-07-21", "海の日",
            "2025-08-11", "山の日",
            "2025-09-15", "敬老の日",
            "2025-09-23", "秋分の日",
            "2025-10-13", "スポーツの日",
            "2025-11-03", "文化の日",
            "2025-11-23", "勤労感謝の日",
            "2025-11-24", "振替休日")),
        Arguments.of(2026, holidayList(
            "2026-01-01", "元日",
            "2026-01-12", "成人の日",
            "2026-02-11", "建国記念の日",
            "2026-02-23", "天皇誕生日",
            "2026-03-20", "春分の日",
            "2026-04-29", "昭和の日",
            "2026-05-03", "憲法記念日",
            "2026-05-04", "みどりの日",
            "2026-05-05", "こどもの日",
            "2026-05-06", "振替休日",
            "2026-07-20", "海の日",
            "2026-08-11", "山の日",
            "2026-09-21", "敬老の日",
            "2026-09-22", "国民の休日",
            "2026-09-23", "秋分の日",
            "2026-10-12", "スポーツの日",
            "2026-11-03", "文化の日",
            "2026-11-23", "勤労感謝の日")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("officialYears")
  void computesTheCompleteOfficialListOfTheYear(int year, Map<LocalDate, String> expected) {
    assertThat(holidays.holidaysOf(year)).containsExactlyEntriesOf(expected);
  }

  @Test
  void reiwaEnthronementYearHasTheSpecialDaysAndNoEmperorsBirthday() {
    SortedMap<LocalDate, String> year2019 = holidays.holidaysOf(2019);

    assertThat(year2019)
        .containsEntry(LocalDate.of(2019, 4, 29), "昭和の日")
        .containsEntry(LocalDate.of(2019, 4, 30), "国民の休日")
        .containsEntry(LocalDate.of(2019, 5, 1), "天皇の即位の日")
        .containsEntry(LocalDate.of(2019, 5, 2), "国民の休日")
        .containsEntry(LocalDate.of(2019, 5, 6), "振替休日")
        .containsEntry(LocalDate.of(2019, 10, 14), "体育の日")
        .containsEntry(LocalDate.of(2019, 10, 22), "即位礼正殿の儀の行われる日")
        .doesNotContainValue("天皇誕生日")
        .hasSize(22);
    // 4/27(土)〜5/6(月)の10連休: 平日はすべて休日で埋まった
    assertThat(LocalDate.of(2019, 4, 29).datesUntil(LocalDate.of(2019, 5, 7)))
        .allMatch(holidays::isHoliday);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "2018-12-23, 天皇誕生日",
      "2018-12-24, 振替休日",
      "2020-02-23, 天皇誕生日",
      "2020-02-24, 振替休日",
      "2021-02-23, 天皇誕生日"})
  void emperorsBirthdayMovedWithTheEraChange(LocalDate date, String name) {
    assertThat(holidays.nameOf(date)).contains(name);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2019-02-23", "2019-12-23", "2020-12-23"})
  void noEmperorsBirthdayOnTheOtherDate(LocalDate date) {
    assertThat(holidays.isHoliday(date)).isFalse();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "2020-07-23, 海の日",
      "2020-07-24, スポーツの日",
      "2020-08-10, 山の日",
      "2021-07-22, 海の日",
      "2021-07-23, スポーツの日",
      "2021-08-08, 山の日",
      "2021-08-09, 振替休日"})
  void olympicYearsMoveTheSummerHolidays(LocalDate date, String name) {
    assertThat(holidays.nameOf(date)).contains(name);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "2020-07-20", "2020-08-11", "2020-10-12",
      "2021-07-19", "2021-08-11", "2021-10-11"})
  void olympicYearsHaveNoHolidayOnTheUsualDates(LocalDate usualDate) {
    assertThat(holidays.isHoliday(usualDate)).isFalse();
  }

  @ParameterizedTest(name = "{0}: 春分 3/{1}, 秋分 9/{2}")
  @CsvSource({
      "2000, 20, 23",
      "2002, 21, 23",
      "2012, 20, 22",
      "2016, 20, 22",
      "2019, 21, 23",
      "2020, 20, 22",
      "2023, 21, 23",
      "2024, 20, 22",
      "2025, 20, 23",
      "2026, 20, 23",
      "2027, 21, 23",
      "2028, 20, 22"})
  void equinoxesFollowTheAstronomicalApproximation(int year, int vernalDay, int autumnalDay) {
    assertThat(holidays.nameOf(LocalDate.of(year, 3, vernalDay))).contains("春分の日");
    assertThat(holidays.nameOf(LocalDate.of(year, 9, autumnalDay))).contains("秋分の日");
  }

  @Test
  void everySupportedYearHasExactlyOneEquinoxOfEachKind() {
    assertThat(IntStream.rangeClosed(JapaneseHolidays.MIN_YEAR, JapaneseHolidays.MAX_YEAR))
        .allSatisfy(year -> {
          assertThat(holidays.holidaysOf(year).entrySet())
              .filteredOn(entry -> entry.getValue().equals("春分の日"))
              .singleElement()
              .satisfies(entry -> assertThat(entry.getKey().getDayOfMonth()).isBetween(19, 21));
          assertThat(holidays.holidaysOf(year).entrySet())
              .filteredOn(entry -> entry.getValue().equals("秋分の日"))
              .singleElement()
              .satisfies(entry -> assertThat(entry.getKey().getDayOfMonth()).isBetween(21, 24));
        });
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      // 日曜日の祝日の翌日
      "2023-01-01, 2023-01-02",
      // 翌日も祝日なら、その後の最初の祝日でない日まで繰り延べる（2007年改正後）
      "2025-05-04, 2025-05-06",
      "2026-05-03, 2026-05-06",
      "2015-05-03, 2015-05-06"})
  void sundayHolidayMovesToTheNextNonHoliday(LocalDate sundayHoliday, LocalDate substitute) {
    assertThat(holidays.isHoliday(sundayHoliday)).isTrue();
    assertThat(holidays.nameOf(substitute)).contains(JapaneseHolidays.SUBSTITUTE_HOLIDAY);
    assertThat(sundayHoliday.plusDays(1).datesUntil(substitute))
        .allSatisfy(day -> assertThat(holidays.nameOf(day)).isPresent()
            .get().isNotEqualTo(JapaneseHolidays.SUBSTITUTE_HOLIDAY));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2009-09-22", "2015-09-22", "2026-09-22", "2032-09-21"})
  void daySandwichedBetweenHolidaysIsACitizensHoliday(LocalDate date) {
    assertThat(holidays.nameOf(date)).contains(JapaneseHolidays.CITIZENS_HOLIDAY);
    assertThat(holidays.isHoliday(date.minusDays(1))).isTrue();
    assertThat(holidays.isHoliday(date.plusDays(1))).isTrue();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "2000-01-10, 成人の日",
      "2000-04-29, みどりの日",
      "2000-05-04, 国民の休日",
      "2000-07-20, 海の日",
      "2000-09-15, 敬老の日",
      "2000-10-09, 体育の日",
      "2002-07-20, 海の日",
      "2003-07-21, 海の日",
      "2003-09-15, 敬老の日",
      "2006-05-04, 国民の休日",
      "2007-04-29, 昭和の日",
      "2007-05-04, みどりの日",
      "2016-08-11, 山の日"})
  void appliesTheLawInForceInEachYear(LocalDate date, String name) {
    assertThat(holidays.nameOf(date)).contains(name);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "2015-08-11", // 山の日は2016年から
      "2003-05-04", // 2006年までは日曜日は国民の休日にならなかった
      "2002-07-15", // 海の日のハッピーマンデーは2003年から
      "2030-01-02"})
  void isNotAHoliday(LocalDate date) {
    assertThat(holidays.isHoliday(date)).isFalse();
    assertThat(holidays.nameOf(date)).isEmpty();
  }

  @Test
  void everySupportedYearIsComputable() {
    assertThat(IntStream.rangeClosed(JapaneseHolidays.MIN_YEAR, JapaneseHolidays.MAX_YEAR))
        .allSatisfy(year -> assertThat(holidays.holidaysOf(year))
            .hasSizeBetween(15, 24)
            .allSatisfy((date, name) -> assertThat(date.getYear()).isEqualTo(year)));
  }

  @ParameterizedTest
  @ValueSource(ints = {1999, 2100})
  void rejectsYearsOutsideTheSupportedRange(int year) {
    assertThatThrownBy(() -> holidays.holidaysOf(year)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> holidays.isHoliday(LocalDate.of(year, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void yearListIsReadOnly() {
    SortedMap<LocalDate, String> year2026 = holidays.holidaysOf(2026);

    assertThatThrownBy(() -> year2026.put(LocalDate.of(2026, 6, 1), "x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void concurrentCallersShareOneCachedYear() {
    List<CompletableFuture<SortedMap<LocalDate, String>>> calls = IntStream.range(0, 16)
        .mapToObj(i -> CompletableFuture.supplyAsync(() -> holidays.holidaysOf(2030)))
        .toList();

    List<SortedMap<LocalDate, String>> results = calls.stream().map(CompletableFuture::join).toList();

    assertThat(results).allSatisfy(result -> assertThat(result).isSameAs(holidays.holidaysOf(2030)));
  }

  private static Map<LocalDate, String> holidayList(String... dateNamePairs) {
    Map<LocalDate, String> list = new LinkedHashMap<>();
    for (int i = 0; i < dateNamePairs.length; i += 2) {
      list.put(LocalDate.parse(dateNamePairs[i]), dateNamePairs[i + 1]);
    }
    return list;
  }
}
