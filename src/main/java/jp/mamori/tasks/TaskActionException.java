package jp.mamori.tasks;

/**
 * A task action the user cannot do, for a reason they should read in their language: {@code messageKey} is a key
 * of the i18n/messages bundle, {@code args} its arguments.
 */
public class TaskActionException extends RuntimeException {

  private final String messageKey;
  private final transient Object[] args;

  public TaskActionException(String messageKey, Object... args) {
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
