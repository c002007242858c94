package jp.mamori.organization.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.Objects;

import jp.mamori.web.ModelBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * 病院の営業日（診療・事務の稼働日）の判定と、業務フローの期限計算。
 *
 * <p>営業日とは、土曜日・日曜日・休日（国民の祝日に関する法律に基づく祝日・振替休日・国民の休日。
 * {@link JapaneseHolidays}）・病院の休院日（{@link BusinessCalendarSettings}）のいずれにも当たらない日。
 *
 * <p>BPMN の式から {@code ${businessCalendar.dueInBusinessDays(5)}} のように呼ばれるため、
 * 期限は Camunda が扱える {@link Date} で返す。期限の数え方は2通りあり、用途で使い分けること:
 * <ul>
 *   <li>{@link #dueInBusinessDays(int)} — 院内の事務処理期限。休日・休院日を数えない。</li>
 *   <li>{@link #dueInCalendarDays(int)} — 法定期限。たとえば個人情報保護法第26条・同法施行規則第8条の
 *       漏えい等報告（速報は「速やかに」、確報は知った日から30日／60日以内）は暦日で数え、
 *       年末年始や連休でも延びないので、営業日で計算すると期限を徒過する。</li>
 * </ul>
 */
@ModelBean
@Component("businessCalendar")
public class BusinessCalendar {

  private final BusinessCalendarSettings settings;
  private final Clock clock;
  private final JapaneseHolidays holidays = new JapaneseHolidays();

  /** The application's calendar, on the application's clock (the engine's, so tests move both together). */
  @Autowired
  public BusinessCalendar(BusinessCalendarProperties properties, Clock clock) {
    this(properties.toSettings(), clock);
  }

  public BusinessCalendar(BusinessCalendarProperties properties) {
    this(properties.toSettings());
  }

  public BusinessCalendar(BusinessCalendarSettings settings) {
    this(settings, Clock.system(settings.zone()));
  }

  /** テスト等で「現在」を固定するための口。「今日」の判定には時計のゾーンではなく設定のゾーンを使う。 */
  public BusinessCalendar(BusinessCalendarSettings settings, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public boolean isBusinessDay(LocalDate date) {
    return !isWeekend(date) && !settings.isClosingDay(date) && !holidays.isHoliday(date);
  }

  /**
   * {@code start} の翌日から数えて {@code n} 営業日目。{@code n == 0} なら {@code start} 当日が営業日ならその日、
   * そうでなければ次の営業日。
   *
   * @throws IllegalArgumentException {@code n} が負のとき
   */
  public LocalDate addBusinessDays(LocalDate start, int n) {
    requireNonNegative(n);
    LocalDate day = start;
    if (n == 0) {
      while (!isBusinessDay(day)) {
        day = day.plusDays(1);
      }
      return day;
    }
    for (int counted = 0; counted < n; ) {
      day = day.plusDays(1);
      if (isBusinessDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * {@code fromExclusive} の翌日から {@code toInclusive} までの営業日数。
   * 逆順に与えた場合は負の値（期限超過日数の表示などに使えるよう、{@link #addBusinessDays} の逆演算として対称にしている）。
   */
  public long businessDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
    if (toInclusive.isBefore(fromExclusive)) {
      return -businessDaysBetween(toInclusive, fromExclusive);
    }
    return fromExclusive.plusDays(1).datesUntil(toInclusive.plusDays(1)).filter(this::isBusinessDay).count();
  }

  /**
   * 今日から {@code n} 営業日後（{@link #addBusinessDays} と同じ数え方）の終業時刻（既定17:00、設定のタイムゾーン）。
   * 休日等は数えないので、法定期限には {@link #dueInCalendarDays(int)} を使うこと。
   * {@code n == 0} で今日が営業日なら今日の終業時刻であり、終業後に呼べば既に過ぎた時刻になる。
   *
   * @throws IllegalArgumentException {@code n} が負のとき
   */
  public Date dueInBusinessDays(int n) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), settings.zone());
    LocalDate dueDay = addBusinessDays(today, n);
    return Date.from(dueDay.atTime(settings.closingTime()).atZone(settings.zone()).toInstant());
  }

  /**
   * 現在時刻からちょうど {@code n} × 24時間後。休日・休院日も数える暦日ベースで、
   * 法定の報告期限のように「休日でも延びない」期限に使う。
   *
   * @throws IllegalArgumentException {@code n} が負のとき
   */
  public Date dueInCalendarDays(int n) {
    requireNonNegative(n);
    return Date.from(clock.instant().plus(Duration.ofDays(n)));
  }

  /**
   * {@code when} が営業日ならそのまま。休日・休院日なら、その前の最後の営業日の同じ時刻(終業時刻より遅ければ終業時刻)。
   * 督促やエスカレーションが休日に当たるとき、休み前に気付けるよう前倒しするために使う。
   */
  public java.time.Instant lastBusinessMomentAtOrBefore(java.time.Instant when) {
    java.time.ZonedDateTime at = when.atZone(settings.zone());
    if (isBusinessDay(at.toLocalDate())) {
      return when;
    }
    LocalDate day = at.toLocalDate().minusDays(1);
    while (!isBusinessDay(day)) {
      day = day.minusDays(1);
    }
    java.time.LocalTime time = at.toLocalTime().isAfter(settings.closingTime()) ? settings.closingTime()
        : at.toLocalTime();
    return day.atTime(time).atZone(settings.zone()).toInstant();
  }

  /** 画面表示用の日の区分: 祝日名（振替休日・国民の休日を含む）、「休院日」、「土曜日」「日曜日」、「営業日」の順に判定する。 */
  public String describe(LocalDate date) {
    return holidays.nameOf(date).orElseGet(() -> {
      if (settings.isClosingDay(date)) {
        return "休院日";
      }
      return switch (date.getDayOfWeek()) {
        case SATURDAY -> "土曜日";
        case SUNDAY -> "日曜日";
        default -> "営業日";
      };
    });
  }

  public BusinessCalendarSettings settings() {
    return settings;
  }

  private static boolean isWeekend(LocalDate date) {
    DayOfWeek dayOfWeek = date.getDayOfWeek();
    return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
  }

  private static void requireNonNegative(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative: " + n);
    }
  }
}
