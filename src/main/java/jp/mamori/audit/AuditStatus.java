package jp.mamori.audit;

/** Where an annual audit (第36条) stands; CLOSED only when every corrective action is verified or carried over. */
public enum AuditStatus {
  PLANNING, SELF_CHECK, REVIEW, ASSESSMENT, REPORTED, ACTIONS, CLOSED
}
