package jp.mamori.request;

import java.util.EnumSet;

/**
 * Where a request stands; the register lists and filters by it, and sorts by this order (the procedure's, the open
 * ones first: {@link jp.mamori.storage.DeclaredOrder}).
 */
public enum RequestStatus {
  CONFIRMING, INVESTIGATING, DECIDING, AWAITING_PAYMENT, CARRYING_OUT, REPLYING,
  /** Keio 32: an appeal against the decision is being reviewed (reopened after the reply). */
  APPEALED,
  ANSWERED, NOT_PAID, WITHDRAWN;

  /** The statuses of a request still to be answered. */
  public static EnumSet<RequestStatus> open() {
    EnumSet<RequestStatus> open = EnumSet.noneOf(RequestStatus.class);
    for (RequestStatus status : values()) {
      if (status.isOpen()) {
        open.add(status);
      }
    }
    return open;
  }

  public boolean isOpen() {
    return this != ANSWERED && this != NOT_PAID && this != WITHDRAWN;
  }

  public String labelKey() {
    return "request.status." + name();
  }
}
