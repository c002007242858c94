package jp.mamori.organization.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * 日本の祝日・休日を、国民の祝日に関する法律（昭和23年法律第178号）の規定から年ごとに算出する。
 *
 * <p>対象は次の3種類（いずれも同法上の「休日」）:
 * <ul>
 *   <li>第2条の「国民の祝日」（元日、成人の日 … 勤労感謝の日）と、法律上これとみなされる特例日</li>
 *   <li>第3条第2項の休日（{@value #SUBSTITUTE_HOLIDAY}）: 祝日が日曜日に当たるとき、その後の最も近い祝日でない日</li>
 *   <li>第3条第3項の休日（{@value #CITIZENS_HOLIDAY}）: 前日と翌日がともに祝日である祝日でない日</li>
 * </ul>
 *
 * <p>固定の一覧表を持たないのは、法改正が無い限り将来年の業務日程（期限計算）にもそのまま使えるようにするため。
 * 春分の日・秋分の日は官報公示前の年について近似式で求めるので、公示値を確認した上で運用すること。
 * 対象年は {@value #MIN_YEAR}〜{@value #MAX_YEAR}。それ以前は現行と異なる規定、以後は近似式の適用範囲外のため例外とする。
 *
 * <p>年ごとの計算結果はキャッシュし、スレッドセーフに共有できる。
 */
public final class JapaneseHolidays {

  public static final int MIN_YEAR = 2000;
  public static final int MAX_YEAR = 2099;
  public static final String SUBSTITUTE_HOLIDAY = "振替休日";
  public static final String CITIZENS_HOLIDAY = "国民の休日";

  /** 平成17年改正の施行年。以後は振替休日が連続祝日を越えて繰り延べられ、国民の休日から日曜日の除外が無くなった。 */
  private static final int AMENDMENT_OF_2007 = 2007;

  private final ConcurrentMap<Integer, SortedMap<LocalDate, String>> cache = new ConcurrentHashMap<>();

  public boolean isHoliday(LocalDate date) {
    return holidaysOf(date.getYear()).containsKey(date);
  }

  /** 祝日名（振替休日は {@value #SUBSTITUTE_HOLIDAY}、国民の休日は {@value #CITIZENS_HOLIDAY}）。休日でなければ空。 */
  public Optional<String> nameOf(LocalDate date) {
    return Optional.ofNullable(holidaysOf(date.getYear()).get(date));
  }

  /**
   * その年の休日すべて（日付順・変更不可）。
   *
   * @throws IllegalArgumentException 年が {@value #MIN_YEAR}〜{@value #MAX_YEAR} の範囲外のとき
   */
  public SortedMap<LocalDate, String> holidaysOf(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException(
          "Japanese holidays are only computed for " + MIN_YEAR + "-" + MAX_YEAR + ": " + year);
    }
    return cache.computeIfAbsent(year, JapaneseHolidays::compute);
  }

  private static SortedMap<LocalDate, String> compute(int year) {
    NavigableMap<LocalDate, String> nationalHolidays = NationalHolidays.of(year);
    TreeMap<LocalDate, String> holidays = new TreeMap<>(nationalHolidays);
    addSubstituteHolidays(year, nationalHolidays, holidays);
    addCitizensHolidays(year, nationalHolidays, holidays);
    return Collections.unmodifiableSortedMap(holidays);
  }

  /** 第3条第2項。12/31が祝日になることは無く振替が年をまたがないので、年単位で計算して差し支えない。 */
  private static void addSubstituteHolidays(
      int year, NavigableMap<LocalDate, String> nationalHolidays, TreeMap<LocalDate, String> holidays) {
    for (LocalDate holiday : nationalHolidays.keySet()) {
      if (holiday.getDayOfWeek() != DayOfWeek.SUNDAY) {
        continue;
      }
      LocalDate substitute = holiday.plusDays(1);
      if (year >= AMENDMENT_OF_2007) {
        while (nationalHolidays.containsKey(substitute)) {
          substitute = substitute.plusDays(1);
        }
      }
      holidays.putIfAbsent(substitute, SUBSTITUTE_HOLIDAY);
    }
  }

  /** 第3条第3項。2006年までは日曜日と振替休日を除外する規定だった。 */
  private static void addCitizensHolidays(
      int year, NavigableMap<LocalDate, String> nationalHolidays, TreeMap<LocalDate, String> holidays) {
    for (LocalDate holiday : nationalHolidays.keySet()) {
      LocalDate between = holiday.plusDays(1);
      boolean sandwiched = !nationalHolidays.containsKey(between)
          && nationalHolidays.containsKey(holiday.plusDays(2));
      if (!sandwiched) {
        continue;
      }
      boolean excludedByOldLaw = year < AMENDMENT_OF_2007
          && (between.getDayOfWeek() == DayOfWeek.SUNDAY || holidays.containsKey(between));
      if (!excludedByOldLaw) {
        holidays.putIfAbsent(between, CITIZENS_HOLIDAY);
      }
    }
  }
}
