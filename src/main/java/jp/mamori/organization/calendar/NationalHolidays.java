package jp.mamori.organization.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * 国民の祝日に関する法律（昭和23年法律第178号）第2条が定める「国民の祝日」そのもの（振替休日・国民の休日を除く）。
 *
 * <p>2000〜2099年の範囲で効力を持つ改正・特例をすべて反映する:
 * <ul>
 *   <li>ハッピーマンデー制度（成人の日・体育の日は2000年〜、海の日・敬老の日は2003年〜）</li>
 *   <li>昭和の日の新設とみどりの日の5/4への移動（平成17年法律第43号、2007年〜）</li>
 *   <li>山の日（平成26年法律第43号、2016年〜）</li>
 *   <li>天皇誕生日の12/23から2/23への変更（天皇の退位等に関する皇室典範特例法、2019年は該当日なし）</li>
 *   <li>体育の日からスポーツの日への改称（平成30年法律第57号、2020年〜）</li>
 *   <li>東京オリンピック・パラリンピック特別措置法による2020年・2021年の海の日・スポーツの日・山の日の移動</li>
 *   <li>天皇の即位の日及び即位礼正殿の儀の行われる日を休日とする法律（平成30年法律第99号）による2019年の2日</li>
 * </ul>
 * 最後の2日は同法により振替休日・国民の休日の判定上「国民の祝日」とみなされる（その結果4/30・5/2が国民の休日になった）ため、ここに含める。
 */
final class NationalHolidays {

  private static final int HAPPY_MONDAY_FOR_SEA_AND_AGED = 2003;
  private static final int SHOWA_DAY_INTRODUCED = 2007;
  private static final int MOUNTAIN_DAY_INTRODUCED = 2016;
  private static final int REIWA_FIRST_YEAR = 2019;
  private static final int SPORTS_DAY_RENAMED = 2020;

  private NationalHolidays() {
  }

  static NavigableMap<LocalDate, String> of(int year) {
    NavigableMap<LocalDate, String> holidays = new TreeMap<>();
    holidays.put(LocalDate.of(year, 1, 1), "元日");
    holidays.put(nthMonday(year, 1, 2), "成人の日");
    holidays.put(LocalDate.of(year, 2, 11), "建国記念の日");
    holidays.put(Equinoxes.vernal(year), "春分の日");
    holidays.put(LocalDate.of(year, 4, 29), year < SHOWA_DAY_INTRODUCED ? "みどりの日" : "昭和の日");
    holidays.put(LocalDate.of(year, 5, 3), "憲法記念日");
    if (year >= SHOWA_DAY_INTRODUCED) {
      holidays.put(LocalDate.of(year, 5, 4), "みどりの日");
    }
    holidays.put(LocalDate.of(year, 5, 5), "こどもの日");
    holidays.put(marineDay(year), "海の日");
    if (year >= MOUNTAIN_DAY_INTRODUCED) {
      holidays.put(mountainDay(year), "山の日");
    }
    holidays.put(respectForTheAgedDay(year), "敬老の日");
    holidays.put(Equinoxes.autumnal(year), "秋分の日");
    holidays.put(sportsDay(year), year < SPORTS_DAY_RENAMED ? "体育の日" : "スポーツの日");
    holidays.put(LocalDate.of(year, 11, 3), "文化の日");
    holidays.put(LocalDate.of(year, 11, 23), "勤労感謝の日");
    addEmperorsBirthday(year, holidays);
    if (year == REIWA_FIRST_YEAR) {
      holidays.put(LocalDate.of(year, 5, 1), "天皇の即位の日");
      holidays.put(LocalDate.of(year, 10, 22), "即位礼正殿の儀の行われる日");
    }
    return holidays;
  }

  private static void addEmperorsBirthday(int year, NavigableMap<LocalDate, String> holidays) {
    // 2019年は上皇の誕生日(12/23)が既に祝日でなくなり、今上天皇の誕生日(2/23)は即位前に過ぎていたため存在しない
    if (year < REIWA_FIRST_YEAR) {
      holidays.put(LocalDate.of(year, 12, 23), "天皇誕生日");
    } else if (year > REIWA_FIRST_YEAR) {
      holidays.put(LocalDate.of(year, 2, 23), "天皇誕生日");
    }
  }

  private static LocalDate marineDay(int year) {
    return switch (year) {
      case 2020 -> LocalDate.of(2020, 7, 23);
      case 2021 -> LocalDate.of(2021, 7, 22);
      default -> year < HAPPY_MONDAY_FOR_SEA_AND_AGED ? LocalDate.of(year, 7, 20) : nthMonday(year, 7, 3);
    };
  }

  private static LocalDate mountainDay(int year) {
    return switch (year) {
      case 2020 -> LocalDate.of(2020, 8, 10);
      case 2021 -> LocalDate.of(2021, 8, 8);
      default -> LocalDate.of(year, 8, 11);
    };
  }

  private static LocalDate respectForTheAgedDay(int year) {
    return year < HAPPY_MONDAY_FOR_SEA_AND_AGED ? LocalDate.of(year, 9, 15) : nthMonday(year, 9, 3);
  }

  private static LocalDate sportsDay(int year) {
    return switch (year) {
      case 2020 -> LocalDate.of(2020, 7, 24);
      case 2021 -> LocalDate.of(2021, 7, 23);
      default -> nthMonday(year, 10, 2);
    };
  }

  private static LocalDate nthMonday(int year, int month, int ordinal) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, DayOfWeek.MONDAY));
  }
}
