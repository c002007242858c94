package jp.mamori.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One audit (第36条) of the ledger, keyed by its case's business key: the regular audit of a fiscal year (one per year)
 * or an extra one with its reason.
 */
@Entity
@Table(name = "audit")
public class Audit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_key", nullable = false)
  private String caseKey;

  @Column(name = "audit_year", nullable = false)
  private int auditYear;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AuditStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AuditKind kind;

  /** The fiscal year for the regular audit (unique), empty for an extra one. */
  @Column(name = "regular_year")
  private Integer regularYear;

  @Column(name = "start_reason")
  private String startReason;

  @Column(name = "started_by")
  private String startedBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "focus_points")
  private String focusPoints;

  @Column(name = "reported_at")
  private Instant reportedAt;

  @Column(name = "acknowledged_by")
  private String acknowledgedBy;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "acknowledge_comment")
  private String acknowledgeComment;

  @Column(name = "closed_at")
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
