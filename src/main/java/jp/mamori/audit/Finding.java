package jp.mamori.audit;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A confirmed nonconformity of one self-check item, with its severity and root cause, and the corrective action the
 * supervising manager directs (第36条2): owner, due date, completion, verification, or carry-over: proposed by the
 * supervising manager with a reason and a due date, decided by the director, and continued in the next regular audit.
 */
@Table("audit_finding")
public class Finding {

  public static final String MAJOR = "major";
  public static final String MINOR = "minor";

  @Id
  private Long id;

  @Column("audit_id")
  private Long auditId;

  @Column("self_check_id")
  private Long selfCheckId;

  private String item;

  private String note;

  private String severity;

  @Column("root_cause")
  private String rootCause;

  @Column("action_text")
  private String actionText;

  @Column("action_owner")
  private String actionOwner;

  @Column("action_due")
  private LocalDate actionDue;

  private FindingStatus status;

  @Column("completion_note")
  private String completionNote;

  @Column("completed_at")
  private Instant completedAt;

  @Column("verified_by")
  private String verifiedBy;

  @Column("verified_at")
  private Instant verifiedAt;

  @Column("verify_reason")
  private String verifyReason;

  @Column("carry_over_due")
  private LocalDate carryOverDue;

  @Column("carry_over_decided_by")
  private String carryOverDecidedBy;

  @Column("carry_over_decided_at")
  private Instant carryOverDecidedAt;

  @Column("carry_over_decision_reason")
  private String carryOverDecisionReason;

  @Column("carried_from_finding_id")
  private Long carriedFromFindingId;

  @Column("carried_into_audit_id")
  private Long carriedIntoAuditId;

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

  /** The supervising manager cannot carry it over alone: the proposal waits for the director (第36条2). */
  void carryOverProposed(String by, String reason, LocalDate due, Instant now) {
    if (reason == null || reason.isBlank() || due == null) {
      throw new IllegalArgumentException("a carry-over needs a reason and a due date");
    }
    settle(FindingStatus.CARRY_OVER_PROPOSED, by, reason, now);
    this.carryOverDue = due;
  }

  void carryOverDecided(boolean approved, String by, LocalDate due, String reason, Instant now) {
    if (status != FindingStatus.CARRY_OVER_PROPOSED) {
      throw new IllegalStateException("no carry-over proposed for finding " + id);
    }
    this.carryOverDecidedBy = by;
    this.carryOverDecidedAt = now;
    this.carryOverDecisionReason = reason;
    if (approved) {
      this.carryOverDue = due;
      this.status = FindingStatus.CARRIED_OVER;
    } else {
      this.carryOverDue = null;
      this.status = FindingStatus.OPEN;
    }
  }

  /** The next regular audit's corrective action continuing a carried-over one, due when the director decided. */
  Finding carriedInto(Long nextAuditId) {
    this.carriedIntoAuditId = nextAuditId;
    Finding next = new Finding(nextAuditId, selfCheckId, checkItem(), note);
    next.assessed(severity, rootCause, actionText, actionOwner, carryOverDue);
    next.carriedFromFindingId = id;
    return next;
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

  public LocalDate getCarryOverDue() {
    return carryOverDue;
  }

  public String getCarryOverDecidedBy() {
    return carryOverDecidedBy;
  }

  public String getCarryOverDecisionReason() {
    return carryOverDecisionReason;
  }

  public Long getCarriedFromFindingId() {
    return carriedFromFindingId;
  }

  public Long getCarriedIntoAuditId() {
    return carriedIntoAuditId;
  }

  public boolean isCarriedFromEarlierAudit() {
    return carriedFromFindingId != null;
  }

  public String getVerifyReason() {
    return verifyReason;
  }
}
