package jp.mamori.notification;

/** What became of the e-mail copy; FAILED rows are visible to administrators rather than lost. */
public enum MailStatus {
  PENDING, SENT, FAILED, NO_ADDRESS, DISABLED
}
