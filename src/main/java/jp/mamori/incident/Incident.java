package jp.mamori.incident;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A leak, loss or damage (漏えい・滅失・き損) reported under 第34条, and its response headquarters (第35条). The
 * moment of awareness ({@code awareAt}) starts the APPI deadlines; they are kept here so that the board and the
 * dashboard can show them without asking the engine.
 */
@Table("incident")
public class Incident {

  @Id
  private Long id;

  @Column("case_key")
  private String caseKey;

  @Column("process_instance_id")
  private String processInstanceId;

  private IncidentStatus status;

  @Column("incident_type")
  private String incidentType;

  private String certainty;

  @Column("reported_by")
  private String reportedBy;

  @Column("reported_at")
  private Instant reportedAt;

  @Column("aware_at")
  private Instant awareAt;

  @Column("what_happened")
  private String whatHappened;

  @Column("data_items")
  private String dataItems;

  @Column("person_count")
  private Integer personCount;

  @Column("special_categories")
  private String specialCategories;

  private String medium;
  private String cause;
  private String contained;

  @Column("head_user")
  private String head;

  @Column("deputy_user")
  private String deputy;

  @Column("hq_set_up_at")
  private Instant hqSetUpAt;

  private Boolean reportable;

  @Column("reportability_reason")
  private String reportabilityReason;

  @Column("final_report_days")
  private Integer finalReportDays;

  @Column("preliminary_due_at")
  private Instant preliminaryDueAt;

  @Column("final_due_at")
  private Instant finalDueAt;

  @Column("preliminary_submitted_at")
  private Instant preliminarySubmittedAt;

  @Column("final_submitted_at")
  private Instant finalSubmittedAt;

  @Column("preliminary_overdue")
  private boolean preliminaryOverdue;

  @Column("final_overdue")
  private boolean finalOverdue;

  @Column("downgraded_by")
  private String downgradedBy;

  @Column("downgraded_at")
  private Instant downgradedAt;

  @Column("downgrade_reason")
  private String downgradeReason;

  @Column("closed_by")
  private String closedBy;

  @Column("closed_at")
  private Instant closedAt;

  @Column("final_record")
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
