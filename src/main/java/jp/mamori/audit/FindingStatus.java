package jp.mamori.audit;

/**
 * A finding's corrective action (第36条2): raised, assessed (action open), done by its owner, then verified, or
 * proposed for carry-over by the supervising manager and carried over only by the director's decision.
 */
public enum FindingStatus {
  RAISED, OPEN, DONE, VERIFIED, CARRY_OVER_PROPOSED, CARRIED_OVER;

  public boolean isSettled() {
    return this == VERIFIED || this == CARRIED_OVER;
  }
}
