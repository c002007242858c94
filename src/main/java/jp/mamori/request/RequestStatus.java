package jp.mamori.request;

/** Where a request stands; the register lists and filters by it. */
public enum RequestStatus {
  CONFIRMING, INVESTIGATING, DECIDING, AWAITING_PAYMENT, CARRYING_OUT, REPLYING, ANSWERED, NOT_PAID, WITHDRAWN,
  /** Keio 32: an appeal against the decision is being reviewed (reopened after the reply). */
  APPEALED;

  public boolean isOpen() {
    return this != ANSWERED && this != NOT_PAID && this != WITHDRAWN;
  }

  public String labelKey() {
    return "request.status." + name();
  }
}
