package jp.mamori.ledger;

/** An edit of a ledger entry that is not allowed or not valid; {@code messageKey} is in i18n/messages. */
public class LedgerEditRefused extends RuntimeException {

  private final String messageKey;

  public LedgerEditRefused(String messageKey) {
    super(messageKey);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
