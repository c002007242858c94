package jp.mamori.web;

/**
 * A rule refused an action, for a reason the user reads in their language: {@code messageKey} is a key of the
 * i18n/messages bundle, {@code args} its arguments. One type for every layer (a task action, a procedure's rule, a
 * ledger edit, a process owner's migration), shown in one way: {@link Messages#refused} on a page, 403 with the key
 * and the text on REST (process.RestRefusals); both record it in the audit trail (ADR 0013).
 */
public class ActionRefused extends RuntimeException {

  private final String messageKey;
  private final transient Object[] args;

  public ActionRefused(String messageKey, Object... args) {
    super(messageKey);
    this.messageKey = messageKey;
    this.args = args;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args.clone();
  }
}
