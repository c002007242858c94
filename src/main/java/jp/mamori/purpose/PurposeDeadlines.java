package jp.mamori.purpose;

import jp.mamori.web.ModelBean;
import jp.mamori.process.DeadlineSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long the reviews of a new-purpose notification may take, in business days; the model reads them as
 * {@code ${purposeDeadlines.reviewDays}}: due (and reminded) after {@code mamori.purpose.review-days}, escalated
 * {@code mamori.purpose.escalation-days} later.
 */
@ModelBean
@Component("purposeDeadlines")
public class PurposeDeadlines extends DeadlineSettings {

  PurposeDeadlines(@Value("${mamori.purpose.review-days:5}") int reviewDays,
      @Value("${mamori.purpose.escalation-days:2}") int escalationDays) {
    super("mamori.purpose.review-days and escalation-days", reviewDays, escalationDays);
  }
}
