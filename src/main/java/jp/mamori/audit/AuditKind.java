package jp.mamori.audit;

/**
 * 第36条 "年1回以上": the regular audit of a fiscal year (one per year, the yearly timer guarantees it) or an extra
 * audit the supervising manager starts with a reason (e.g. after a leak), as many as needed.
 */
public enum AuditKind {
  REGULAR, EXTRA;

  /** The start form's value ({@code auditKind}); absent (the yearly timer, older clients) means the regular audit. */
  static AuditKind of(Object formValue) {
    return "extra".equals(formValue) ? EXTRA : REGULAR;
  }
}
