package jp.mamori.organization.calendar;

import java.time.LocalDate;

/**
 * 春分日・秋分日の近似計算。
 *
 * <p>国民の祝日に関する法律は春分の日・秋分日を日付ではなく「春分日」「秋分日」と定めており、
 * 正式な日付は国立天文台の観測に基づき前年2月の官報（暦要項）で初めて公示される。
 * 将来年の業務日程を組む必要があるため、1980〜2099年について暦要項と一致することが知られている
 * 慣用の近似式を用いる。公示値と食い違った場合は公示値が優先される点に注意。
 */
final class Equinoxes {

  private static final int BASE_YEAR = 1980;
  private static final double TROPICAL_YEAR_DRIFT = 0.242194;
  private static final double VERNAL_BASE_DAY = 20.8431;
  private static final double AUTUMNAL_BASE_DAY = 23.2488;

  private Equinoxes() {
  }

  static LocalDate vernal(int year) {
    return LocalDate.of(year, 3, dayOfMonth(year, VERNAL_BASE_DAY));
  }

  static LocalDate autumnal(int year) {
    return LocalDate.of(year, 9, dayOfMonth(year, AUTUMNAL_BASE_DAY));
  }

  private static int dayOfMonth(int year, double baseDay) {
    int elapsed = year - BASE_YEAR;
    // 太陽年と暦年(365日)のずれが毎年約0.242日ずつ蓄積し、閏日がそれを4年ごとに打ち消す
    return (int) Math.floor(baseDay + TROPICAL_YEAR_DRIFT * elapsed - Math.floorDiv(elapsed, 4));
  }
}
