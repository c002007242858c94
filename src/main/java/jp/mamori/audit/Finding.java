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
import java.time.LocalDate;

/**
 * A confirmed nonconformity of one self-check item, with its severity and root cause, and the corrective action the
 * supervising manager directs (第36条2): owner, due date, completion, verification or carry-over with a reason.
 */
@Entity
@Table(name = "audit_finding")
public class Finding {

  public static final String MAJOR = "major";
  public static final String MINOR = "minor";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "audit_id", nullable = false)
  private Long auditId;

  @Column(name = "self_check_id", nullable = false)
  private Long selfCheckId;

  @Column(nullable = false)
  private String item;

  private String note;

  private String severity;

  @Column(name = "root_cause")
  private String rootCause;

  @Column(name = "action_text")
  private String actionText;

  @Column(name = "action_owner")
  private String actionOwner;

  @Column(name = "action_due")
  private LocalDate actionDue;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FindingStatus status;

  @Column(name = "completion_note")
  private String completionNote;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "verified_by")
  private String verifiedBy;

  @Column(name = "verified_at")
  private Instant verifiedAt;

  @Column(name = "verify_reason")
  private String verifyReason;

  protected Finding() {}

  Finding(Long auditId, Long selfCheckId, CheckItem item, String note) {
    this.auditId = auditId;
    this.selfCheckId = selfCheckId;
    this.item = item.key();
    this.note = note;
    this.status = FindingStatus.RAISED;
  }

  void assessed(String severity, String rootCause, String actionText, String actionOwner, LocalDate actionDue) {
    if (!MAJOR.equals(severity) && !MINOR.equals(severity)) {
      throw new IllegalArgumentException("severity must be major or minor: " + severity);
    }
    this.severity = severity;
    this.rootCause = rootCause;
    this.actionText = actionText;
    this.actionOwner = actionOwner;
    this.actionDue = actionDue;
    this.status = FindingStatus.OPEN;
  }

  void done(String note, Instant now) {
    this.completionNote = note;
    this.completedAt = now;
    this.status = FindingStatus.DONE;
  }

  void verified(String by, String reason, Instant now) {
    settle(FindingStatus.VERIFIED, by, reason, now);
  }

  void reopened(String by, String reason, Instant now) {
    settle(FindingStatus.OPEN, by, reason, now);
  }

  void carriedOver(String by, String reason, Instant now) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a carry-over needs a reason");
    }
    settle(FindingStatus.CARRIED_OVER, by, reason, now);
  }

  private void settle(FindingStatus next, String by, String reason, Instant now) {
    this.status = next;
    this.verifiedBy = by;
    this.verifyReason = reason;
    this.verifiedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Long getAuditId() {
    return auditId;
  }

  public Long getSelfCheckId() {
    return selfCheckId;
  }

  public String getItem() {
    return item;
  }

  public CheckItem checkItem() {
    return CheckItem.of(item);
  }

  public String getNote() {
    return note;
  }

  public String getSeverity() {
    return severity;
  }

  public String getRootCause() {
    return rootCause;
  }

  public String getActionText() {
    return actionText;
  }

  public String getActionOwner() {
    return actionOwner;
  }

  public LocalDate getActionDue() {
    return actionDue;
  }

  public FindingStatus getStatus() {
    return status;
  }

  public String getCompletionNote() {
    return completionNote;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public String getVerifiedBy() {
    return verifiedBy;
  }

  public Instant getVerifiedAt() {
    return verifiedAt;
  }

  public String getVerifyReason() {
    return verifyReason;
  }
}
