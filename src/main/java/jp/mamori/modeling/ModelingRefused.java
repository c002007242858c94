package jp.mamori.modeling;

/** A process owner's request that the app refuses, with the message key that tells them why. */
public class ModelingRefused extends RuntimeException {

  private final String messageKey;
  private final transient Object[] args;

  public ModelingRefused(String messageKey, Object... args) {
    super(messageKey);
    this.messageKey = messageKey;
    this.args = args;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args;
  }
}
