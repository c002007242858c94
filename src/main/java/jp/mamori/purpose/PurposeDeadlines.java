package jp.mamori.purpose;

import jp.mamori.modeling.ModelBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long the reviews of a new-purpose notification may take, in business days; the model reads them as
 * {@code ${purposeDeadlines.reviewDays}}: due (and reminded) after {@code mamori.purpose.review-days}, escalated
 * {@code mamori.purpose.escalation-days} later.
 */
@ModelBean
@Component("purposeDeadlines")
public class PurposeDeadlines {

  private final int reviewDays;
  private final int escalationDays;

  PurposeDeadlines(@Value("${mamori.purpose.review-days:5}") int reviewDays,
      @Value("${mamori.purpose.escalation-days:2}") int escalationDays) {
    if (reviewDays < 1 || escalationDays < 1) {
      throw new IllegalArgumentException("mamori.purpose.review-days and escalation-days must be at least 1");
    }
    this.reviewDays = reviewDays;
    this.escalationDays = escalationDays;
  }

  public int getReviewDays() {
    return reviewDays;
  }

  public int getEscalationDays() {
    return escalationDays;
  }

  /** Business days from a review's creation to its escalation. */
  public int getEscalateAfterDays() {
    return reviewDays + escalationDays;
  }
}
