package jp.mamori.audit;

/** A finding's corrective action (第36条2): raised, assessed (action open), done by its owner, then verified or carried over. */
public enum FindingStatus {
  RAISED, OPEN, DONE, VERIFIED, CARRIED_OVER;

  public boolean isSettled() {
    return this == VERIFIED || this == CARRIED_OVER;
  }
}
