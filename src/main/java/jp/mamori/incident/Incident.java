package jp.mamori.incident;

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
 * A leak, loss or damage (漏えい・滅失・き損) reported under 第34条, and its response headquarters (第35条). The
 * moment of awareness ({@code awareAt}) starts the APPI deadlines; they are kept here so that the board and the
 * dashboard can show them without asking the engine.
 */
@Entity
@Table(name = "incident")
public class Incident {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_key", nullable = false)
  private String caseKey;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private IncidentStatus status;

  @Column(name = "incident_type", nullable = false)
  private String incidentType;

  @Column(nullable = false)
  private String certainty;

  @Column(name = "reported_by", nullable = false)
  private String reportedBy;

  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;

  @Column(name = "aware_at", nullable = false)
  private Instant awareAt;

  @Column(name = "what_happened", nullable = false)
  private String whatHappened;

  @Column(name = "data_items")
  private String dataItems;

  @Column(name = "person_count")
  private Integer personCount;

  @Column(name = "special_categories")
  private String specialCategories;

  private String medium;
  private String cause;
  private String contained;

  @Column(name = "head_user")
  private String head;

  @Column(name = "deputy_user")
  private String deputy;

  @Column(name = "hq_set_up_at")
  private Instant hqSetUpAt;

  private Boolean reportable;

  @Column(name = "reportability_reason")
  private String reportabilityReason;

  @Column(name = "final_report_days")
  private Integer finalReportDays;

  @Column(name = "preliminary_due_at")
  private Instant preliminaryDueAt;

  @Column(name = "final_due_at")
  private Instant finalDueAt;

  @Column(name = "preliminary_submitted_at")
  private Instant preliminarySubmittedAt;

  @Column(name = "final_submitted_at")
  private Instant finalSubmittedAt;

  @Column(name = "preliminary_overdue", nullable = false)
  private boolean preliminaryOverdue;

  @Column(name = "final_overdue", nullable = false)
  private boolean finalOverdue;

  @Column(name = "downgraded_by")
  private String downgradedBy;

  @Column(name = "downgraded_at")
  private Instant downgradedAt;

  @Column(name = "downgrade_reason")
  private String downgradeReason;

  @Column(name = "closed_by")
  private String closedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "final_record")
  private String finalRecord;

  protected Incident() {}

  Incident(String caseKey, String processInstanceId, IncidentFacts facts, String reportedBy, Instant now) {
    this.caseKey = caseKey;
    this.processInstanceId = processInstanceId;
    this.reportedBy = reportedBy;
    this.reportedAt = now;
    this.status = IncidentStatus.REPORTED;
    this.incidentType = facts.incidentType();
    this.certainty = facts.certainty();
    this.awareAt = facts.awareAt();
    this.whatHappened = facts.whatHappened();
    this.dataItems = facts.dataItems();
    this.personCount = facts.personCount();
    this.specialCategories = String.join("、", facts.specialCategories());
    this.medium = facts.medium();
    this.cause = facts.cause();
    this.contained = facts.contained();
  }

  void headquarters(String head, String deputy, Instant now) {
    this.head = head;
    this.deputy = deputy;
    this.hqSetUpAt = now;
    this.status = IncidentStatus.RESPONDING;
  }

  void ruled(boolean reportable, String reason, Integer finalReportDays, Instant preliminaryDueAt,
      Instant finalDueAt) {
    this.reportable = reportable;
    this.reportabilityReason = reason;
    this.finalReportDays = finalReportDays;
    this.preliminaryDueAt = preliminaryDueAt;
    this.finalDueAt = finalDueAt;
  }

  void personCount(Integer count) {
    this.personCount = count;
  }

  void submitted(PpcReportKind kind, Instant now) {
    if (kind == PpcReportKind.PRELIMINARY) {
      this.preliminarySubmittedAt = now;
    } else {
      this.finalSubmittedAt = now;
    }
  }

  void overdue(PpcReportKind kind) {
    if (kind == PpcReportKind.PRELIMINARY) {
      this.preliminaryOverdue = true;
    } else {
      this.finalOverdue = true;
    }
  }

  void moveTo(IncidentStatus next) {
    this.status = next;
  }

  void downgraded(String by, String reason, Instant now) {
    this.downgradedBy = by;
    this.downgradeReason = reason;
    this.downgradedAt = now;
    this.status = IncidentStatus.DOWNGRADED;
  }

  void closed(String by, String finalRecord, Instant now) {
    this.closedBy = by;
    this.finalRecord = finalRecord;
    this.closedAt = now;
    this.status = IncidentStatus.CLOSED;
  }

  /** Whether a report's deadline has passed without the report; the flag set by the timer, or the clock. */
  public boolean isOverdue(PpcReportKind kind, Instant now) {
    boolean preliminary = kind == PpcReportKind.PRELIMINARY;
    Instant due = preliminary ? preliminaryDueAt : finalDueAt;
    Instant submitted = preliminary ? preliminarySubmittedAt : finalSubmittedAt;
    boolean flagged = preliminary ? preliminaryOverdue : finalOverdue;
    if (submitted != null || !Boolean.TRUE.equals(reportable) || !status.isOpen()) {
      return false;
    }
    return flagged || (due != null && now.isAfter(due));
  }

  public Long getId() {
    return id;
  }

  public String getCaseKey() {
    return caseKey;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public IncidentStatus getStatus() {
    return status;
  }

  public String getIncidentType() {
    return incidentType;
  }

  public String getCertainty() {
    return certainty;
  }

  public String getReportedBy() {
    return reportedBy;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }

  public Instant getAwareAt() {
    return awareAt;
  }

  public String getWhatHappened() {
    return whatHappened;
  }

  public String getDataItems() {
    return dataItems;
  }

  public Integer getPersonCount() {
    return personCount;
  }

  public String getSpecialCategories() {
    return specialCategories;
  }

  public String getMedium() {
    return medium;
  }

  public String getCause() {
    return cause;
  }

  public String getContained() {
    return contained;
  }

  public String getHead() {
    return head;
  }

  public String getDeputy() {
    return deputy;
  }

  public Instant getHqSetUpAt() {
    return hqSetUpAt;
  }

  public Boolean getReportable() {
    return reportable;
  }

  public String getReportabilityReason() {
    return reportabilityReason;
  }

  public Integer getFinalReportDays() {
    return finalReportDays;
  }

  public Instant getPreliminaryDueAt() {
    return preliminaryDueAt;
  }

  public Instant getFinalDueAt() {
    return finalDueAt;
  }

  public Instant getPreliminarySubmittedAt() {
    return preliminarySubmittedAt;
  }

  public Instant getFinalSubmittedAt() {
    return finalSubmittedAt;
  }

  public String getDowngradedBy() {
    return downgradedBy;
  }

  public Instant getDowngradedAt() {
    return downgradedAt;
  }

  public String getDowngradeReason() {
    return downgradeReason;
  }

  public String getClosedBy() {
    return closedBy;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public String getFinalRecord() {
    return finalRecord;
  }
}
