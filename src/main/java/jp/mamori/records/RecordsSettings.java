package jp.mamori.records;

import jp.mamori.process.DeadlineSettings;
import jp.mamori.web.ModelBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The records procedures' configuration, read by the models as {@code ${recordsSettings.…}}: when the daily scan
 * for ended retention runs ({@code mamori.records.disposal-scan}, a cron expression, default 06:00 every day), and
 * how many business days a disposal task and a review may take before they are reminded, then escalated.
 */
@ModelBean
@Component("recordsSettings")
public class RecordsSettings extends DeadlineSettings {

  private final String scanCycle;

  RecordsSettings(@Value("${mamori.records.disposal-scan:0 0 6 * * ?}") String scanCycle,
      @Value("${mamori.records.review-days:10}") int reviewDays,
      @Value("${mamori.records.escalation-days:5}") int escalationDays) {
    super("mamori.records.review-days and escalation-days", reviewDays, escalationDays);
    this.scanCycle = scanCycle;
  }

  /** The timer start event's cycle of recordDisposalScan. */
  public String getScanCycle() {
    return scanCycle;
  }
}
