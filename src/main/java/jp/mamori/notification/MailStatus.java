package jp.mamori.notification;

/** What became of the e-mail copy; FAILED rows are visible to administrators rather than lost. */
public enum MailStatus {
  PENDING, SENT, FAILED, NO_ADDRESS, DISABLED,
  /** Held for the recipient's daily digest ({@link Delivery#DAILY_DIGEST}), mailed by {@link NotificationDigest}. */
  DIGEST
}
