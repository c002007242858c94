package jp.mamori.audit;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One audit (第36条) of the ledger, keyed by its case's business key: the regular audit of a fiscal year (one per year)
 * or an extra one with its reason.
 */
@Table("audit")
public class Audit {

  @Id
  private Long id;

  @Column("case_key")
  private String caseKey;

  @Column("audit_year")
  private int auditYear;

  private AuditStatus status;

  private AuditKind kind;

  /** The fiscal year for the regular audit (unique), empty for an extra one. */
  @Column("regular_year")
  private Integer regularYear;

  @Column("start_reason")
  private String startReason;

  @Column("started_by")
  private String startedBy;

  @Column("started_at")
  private Instant startedAt;

  @Column("focus_points")
  private String focusPoints;

  @Column("reported_at")
  private Instant reportedAt;

  @Column("acknowledged_by")
  private String acknowledgedBy;

  @Column("acknowledged_at")
  private Instant acknowledgedAt;

  @Column("acknowledge_comment")
  private String acknowledgeComment;

  @Column("closed_at")
  private Instant closedAt;

  protected Audit() {}

  Audit(String caseKey, int auditYear, AuditKind kind, String startedBy, String startReason, Instant now) {
    this.caseKey = caseKey;
    this.auditYear = auditYear;
    this.kind = kind;
    this.regularYear = kind == AuditKind.REGULAR ? auditYear : null;
    this.startedBy = startedBy;
    this.startReason = startReason;
    this.startedAt = now;
    this.status = AuditStatus.PLANNING;
  }

  void planned(String focusPoints) {
    this.focusPoints = focusPoints;
    this.status = AuditStatus.SELF_CHECK;
  }

  void moveTo(AuditStatus next) {
    this.status = next;
  }

  void reported(Instant now) {
    this.reportedAt = now;
    this.status = AuditStatus.REPORTED;
  }

  void acknowledged(String by, String comment, Instant now) {
    this.acknowledgedBy = by;
    this.acknowledgeComment = comment;
    this.acknowledgedAt = now;
    this.status = AuditStatus.ACTIONS;
  }

  void closed(Instant now) {
    this.closedAt = now;
    this.status = AuditStatus.CLOSED;
  }

  public Long getId() {
    return id;
  }

  public String getCaseKey() {
    return caseKey;
  }

  public int getAuditYear() {
    return auditYear;
  }

  public AuditStatus getStatus() {
    return status;
  }

  public AuditKind getKind() {
    return kind;
  }

  public boolean isExtra() {
    return kind == AuditKind.EXTRA;
  }

  public String getStartReason() {
    return startReason;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public String getFocusPoints() {
    return focusPoints;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }

  public String getAcknowledgedBy() {
    return acknowledgedBy;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }

  public String getAcknowledgeComment() {
    return acknowledgeComment;
  }

  public Instant getClosedAt() {
    return closedAt;
  }
}
