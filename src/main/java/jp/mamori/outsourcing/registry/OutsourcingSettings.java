package jp.mamori.outsourcing.registry;

import java.time.Period;
import java.time.format.DateTimeParseException;
import jp.mamori.web.ModelBean;
import jp.mamori.process.DeadlineSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The outsourcing procedures' configuration, read by the models as {@code ${outsourcingSettings.…}}: how often each
 * contract is checked (第25条3; {@code mamori.outsourcing.check-interval}, ISO-8601 period, default P1Y — a contract
 * may set its own), how many business days a check or a decision may take before its reminder, and how many more
 * before it escalates (to the total manager).
 */
@ModelBean
@Component("outsourcingSettings")
public class OutsourcingSettings extends DeadlineSettings {

  private final Period checkInterval;
  private final int checkDays;
  private final int followUpDays;

  OutsourcingSettings(@Value("${mamori.outsourcing.check-interval:P1Y}") String checkInterval,
      @Value("${mamori.outsourcing.check-days:10}") int checkDays,
      @Value("${mamori.outsourcing.review-days:5}") int reviewDays,
      @Value("${mamori.outsourcing.escalation-days:5}") int escalationDays,
      @Value("${mamori.outsourcing.follow-up-days:20}") int followUpDays) {
    super("mamori.outsourcing.*-days", reviewDays, escalationDays);
    this.checkInterval = interval(checkInterval);
    if (checkDays < 1 || followUpDays < 1) {
      throw new IllegalArgumentException("mamori.outsourcing.*-days must be at least 1");
    }
    this.checkDays = checkDays;
    this.followUpDays = followUpDays;
  }

  /** Parses an ISO-8601 period (P1Y, P6M, P3M) and refuses one that would never or too often come round. */
  static Period interval(String text) {
    try {
      Period period = Period.parse(text);
      if (period.isNegative() || period.isZero() || period.toTotalMonths() == 0 && period.getDays() < 7) {
        throw new IllegalArgumentException("a check interval must be at least a week: " + text);
      }
      return period;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("a check interval must be an ISO-8601 period such as P1Y: " + text, e);
    }
  }

  public Period getCheckInterval() {
    return checkInterval;
  }

  public int getCheckDays() {
    return checkDays;
  }

  /** Business days to the follow-up check when the measures' decision names no date. */
  public int getFollowUpDays() {
    return followUpDays;
  }
}
