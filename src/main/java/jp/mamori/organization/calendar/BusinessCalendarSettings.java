package jp.mamori.organization.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * 病院独自の休院日と、期限計算の基準となるタイムゾーン・終業時刻。
 *
 * @param annualClosingDays 毎年の休院日（既定は年末年始 12/29〜1/3。1/1は元日として祝日なので含めない）
 * @param extraClosedDays   その年だけの臨時休院日
 * @param zone              「今日」と終業時刻を解釈するタイムゾーン
 * @param closingTime       業務日ベースの期限をその日の何時とするか
 */
public record BusinessCalendarSettings(
    List<MonthDay> annualClosingDays,
    Set<LocalDate> extraClosedDays,
    ZoneId zone,
    LocalTime closingTime) {

  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Tokyo");
  public static final LocalTime DEFAULT_CLOSING_TIME = LocalTime.of(17, 0);

  public BusinessCalendarSettings {
    annualClosingDays = List.copyOf(Objects.requireNonNull(annualClosingDays, "annualClosingDays"));
    extraClosedDays = Set.copyOf(Objects.requireNonNull(extraClosedDays, "extraClosedDays"));
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(closingTime, "closingTime");
  }

  /** 終業時刻を既定（{@code 17:00}）とする。 */
  public BusinessCalendarSettings(List<MonthDay> annualClosingDays, Set<LocalDate> extraClosedDays, ZoneId zone) {
    this(annualClosingDays, extraClosedDays, zone, DEFAULT_CLOSING_TIME);
  }

  /** 年末年始（12/29〜12/31、1/2〜1/3）休院、Asia/Tokyo、終業17:00。 */
  public static BusinessCalendarSettings defaults() {
    return new BusinessCalendarSettings(
        List.of(MonthDay.of(12, 29), MonthDay.of(12, 30), MonthDay.of(12, 31),
            MonthDay.of(1, 2), MonthDay.of(1, 3)),
        Set.of(),
        DEFAULT_ZONE);
  }

  public BusinessCalendarSettings withClosingTime(LocalTime newClosingTime) {
    return new BusinessCalendarSettings(annualClosingDays, extraClosedDays, zone, newClosingTime);
  }

  public boolean isClosingDay(LocalDate date) {
    return extraClosedDays.contains(date) || annualClosingDays.contains(MonthDay.from(date));
  }
}
