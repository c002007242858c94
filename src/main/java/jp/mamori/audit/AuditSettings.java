package jp.mamori.audit;

import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import jp.mamori.web.ModelBean;
import jp.mamori.process.DeadlineSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The audit's configuration, read by the model as {@code ${auditSettings.…}}: when the yearly timer starts it
 * ({@code mamori.audit.start-date}, MM-dd, default 04-01 — the start of the fiscal year), which role leads it
 * ({@code mamori.audit.lead-group}: the supervising manager, or Keio 36's audit lead 医療情報監査責任者 where a
 * hospital has one) and how many business days a self-check may take before it is reminded, then escalated.
 */
@ModelBean
@Component("auditSettings")
public class AuditSettings {

  private final MonthDay startDate;
  private final String leadGroup;
  private final DeadlineSettings selfCheck;

  AuditSettings(@Value("${mamori.audit.start-date:04-01}") String startDate,
      @Value("${mamori.audit.lead-group:supervising-manager}") String leadGroup,
      @Value("${mamori.audit.self-check-days:10}") int selfCheckDays,
      @Value("${mamori.audit.escalation-days:5}") int escalationDays) {
    try {
      this.startDate = MonthDay.parse("--" + startDate);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("mamori.audit.start-date must be MM-dd, e.g. 04-01: " + startDate, e);
    }
    this.selfCheck = new DeadlineSettings("mamori.audit.self-check-days and escalation-days", selfCheckDays,
        escalationDays);
    this.leadGroup = leadGroup;
  }

  /** The timer start event's cycle: every year on the start date at 09:00 (hospital time). */
  public String getCycle() {
    return "0 0 9 " + startDate.getDayOfMonth() + " " + startDate.getMonthValue() + " ?";
  }

  public MonthDay getStartDate() {
    return startDate;
  }

  public String getLeadGroup() {
    return leadGroup;
  }

  public int getSelfCheckDays() {
    return selfCheck.getReviewDays();
  }

  public int getEscalateAfterDays() {
    return selfCheck.getEscalateAfterDays();
  }
}
