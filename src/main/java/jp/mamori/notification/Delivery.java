package jp.mamori.notification;

/** How a person receives the e-mail copies of their notices (issue #17 item 8); urgent ones always at once. */
public enum Delivery {
  /** Each notice mailed when it is made (the default). */
  IMMEDIATE,
  /** The day's notices in one mail, sent by {@link NotificationDigest} every morning. */
  DAILY_DIGEST
}
