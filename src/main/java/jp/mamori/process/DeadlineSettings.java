package jp.mamori.process;

/**
 * How long a procedure's decision task may take, in business days: due (and reminded) {@code reviewDays} after it
 * was created, escalated {@code escalationDays} later. A procedure's settings bean extends or holds it, and its
 * model reads {@code ${…Settings.reviewDays}} for the due date and {@code ${…Settings.escalateAfterDays}} for the
 * escalation timer, so that both follow one configuration.
 */
public class DeadlineSettings {

  private final int reviewDays;
  private final int escalationDays;

  /** @param properties the configuration keys, for the message when a value is out of range */
  public DeadlineSettings(String properties, int reviewDays, int escalationDays) {
    if (reviewDays < 1 || escalationDays < 1) {
      throw new IllegalArgumentException(properties + " must be at least 1");
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

  /** Business days from a task's creation to its escalation. */
  public int getEscalateAfterDays() {
    return reviewDays + escalationDays;
  }
}
