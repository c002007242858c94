package jp.mamori.organization.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code mamori.calendar.*} の設定値。例:
 * <pre>
 * mamori.calendar.annual-closing-days=12-29,12-30,12-31,01-02,01-03
 * mamori.calendar.extra-closed-days=2026-05-01
 * mamori.calendar.zone=Asia/Tokyo
 * mamori.calendar.closing-time=17:00
 * </pre>
 * 月日・ゾーン・時刻を文字列で受けるのは、書式の誤りをどのキーの誤りか分かる形で報告するため（{@link #toSettings()}）。
 */
@ConfigurationProperties("mamori.calendar")
public class BusinessCalendarProperties {

  private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

  /** 毎年の休院日（MM-dd）。指定すると既定の年末年始を置き換える。 */
  private List<String> annualClosingDays = new ArrayList<>(
      BusinessCalendarSettings.defaults().annualClosingDays().stream().map(MONTH_DAY::format).toList());

  /** 臨時休院日（yyyy-MM-dd）。 */
  private List<LocalDate> extraClosedDays = new ArrayList<>();

  /** タイムゾーンID。 */
  private String zone = BusinessCalendarSettings.DEFAULT_ZONE.getId();

  /** 業務日ベースの期限の時刻（HH:mm）。 */
  private String closingTime = "17:00";

  public BusinessCalendarSettings toSettings() {
    return new BusinessCalendarSettings(
        annualClosingDays.stream().map(BusinessCalendarProperties::parseMonthDay).toList(),
        new LinkedHashSet<>(extraClosedDays),
        parse("zone", zone, ZoneId::of),
        parse("closing-time", closingTime, LocalTime::parse));
  }

  private static MonthDay parseMonthDay(String value) {
    return parse("annual-closing-days", value, text -> MonthDay.parse(text, MONTH_DAY));
  }

  private static <T> T parse(String key, String value, Function<String, T> parser) {
    try {
      return parser.apply(value.trim());
    } catch (DateTimeException | NullPointerException ex) {
      throw new IllegalArgumentException("Invalid mamori.calendar." + key + ": '" + value + "'", ex);
    }
  }

  public List<String> getAnnualClosingDays() {
    return annualClosingDays;
  }

  public void setAnnualClosingDays(List<String> annualClosingDays) {
    this.annualClosingDays = annualClosingDays;
  }

  public List<LocalDate> getExtraClosedDays() {
    return extraClosedDays;
  }

  public void setExtraClosedDays(List<LocalDate> extraClosedDays) {
    this.extraClosedDays = extraClosedDays;
  }

  public String getZone() {
    return zone;
  }

  public void setZone(String zone) {
    this.zone = zone;
  }

  public String getClosingTime() {
    return closingTime;
  }

  public void setClosingTime(String closingTime) {
    this.closingTime = closingTime;
  }
}
