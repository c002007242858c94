package jp.mamori.organization.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of {@link JapaneseHolidays} against an independently kept list (holiday_jp): every date of every year
 * both cover, and whether each is a national holiday, a substitute holiday or a citizens' holiday. A change of the law
 * the rules miss (like the moves of 2019–2021) shows here as a difference of dates.
 */
@DisplayName("祝日法の規則による休日計算を独立の祝日一覧(holiday_jp)と照合する")
class HolidayListCrossCheckTest {

  private static final NavigableMap<LocalDate, String> REFERENCE = HolidayJpList.read();
  private static final JapaneseHolidays RULES = new JapaneseHolidays();

  /** The two kinds of 休日 of 第3条 have their own names in both lists; everything else is a 国民の祝日 (or counts as one). */
  enum Kind { NATIONAL_HOLIDAY, SUBSTITUTE_HOLIDAY, CITIZENS_HOLIDAY }

  static IntStream commonYears() {
    int first = Math.max(REFERENCE.firstKey().getYear(), JapaneseHolidays.MIN_YEAR);
    int last = Math.min(REFERENCE.lastKey().getYear(), JapaneseHolidays.MAX_YEAR);
    return IntStream.rangeClosed(first, last);
  }

  @Test
  @DisplayName("照合する年は2000年から少なくとも今後10年に及ぶ")
  void theListCoversTheYearsTheHospitalPlansIn() {
    assertThat(commonYears().min()).hasValue(JapaneseHolidays.MIN_YEAR);
    assertThat(commonYears().max().orElseThrow()).isGreaterThanOrEqualTo(LocalDate.now().getYear() + 10);
  }

  @ParameterizedTest(name = "{0}年")
  @MethodSource("commonYears")
  @DisplayName("規則で求めた休日が一覧と日付・種類とも一致する")
  void rulesYieldExactlyTheListedHolidays(int year) {
    assertThat(kinds(RULES.holidaysOf(year), HolidayListCrossCheckTest::kindOfComputed))
        .containsExactlyEntriesOf(kinds(REFERENCE.subMap(
            LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true),
            HolidayListCrossCheckTest::kindOfListed));
  }

  private static Map<LocalDate, Kind> kinds(
      Map<LocalDate, String> holidays, Function<String, Kind> kindOf) {
    Map<LocalDate, Kind> kinds = new TreeMap<>();
    holidays.forEach((date, name) -> kinds.put(date, kindOf.apply(name)));
    return kinds;
  }

  private static Kind kindOfComputed(String name) {
    return switch (name) {
      case JapaneseHolidays.SUBSTITUTE_HOLIDAY -> Kind.SUBSTITUTE_HOLIDAY;
      case JapaneseHolidays.CITIZENS_HOLIDAY -> Kind.CITIZENS_HOLIDAY;
      default -> Kind.NATIONAL_HOLIDAY;
    };
  }

  /** holiday_jp names a substitute holiday "〇〇 振替休日", a citizens' holiday "休日", the 2019 special days "休日（祝日扱い）". */
  private static Kind kindOfListed(String name) {
    if (name.endsWith("振替休日")) {
      return Kind.SUBSTITUTE_HOLIDAY;
    }
    return name.equals("休日") ? Kind.CITIZENS_HOLIDAY : Kind.NATIONAL_HOLIDAY;
  }
}
