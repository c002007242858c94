package jp.mamori.outsourcing.registry;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A breach of contract found at a contractor (第25条4): reported by the information manager, the measure decided
 * with the supervising manager (improvement with the contractor's explanation — Keio 21-3(2) —, suspension or
 * termination) and its follow-up. Status REPORTED, MEASURES (decided, follow-up pending), RESOLVED, TERMINATED.
 */
@Table("outsourcing_breach")
public class Breach {

  @Id
  private Long id;

  @Column("case_key")
  private String caseKey;

  @Column("contract_id")
  private Long contractId;

  @Column("found_on")
  private LocalDate foundOn;

  private String description;

  @Column("reported_by")
  private String reportedBy;

  @Column("reported_at")
  private Instant reportedAt;

  private String consultation;

  private String measure;

  @Column("measure_reason")
  private String measureReason;

  @Column("decided_by")
  private String decidedBy;

  @Column("decided_at")
  private Instant decidedAt;

  @Column("follow_up_on")
  private LocalDate followUpOn;

  @Column("contractor_explanation")
  private String contractorExplanation;

  private String status;

  @Column("agreed_by")
  private String agreedBy;

  @Column("agreed_at")
  private Instant agreedAt;

  @Column("agreement_notes")
  private String agreementNotes;

  protected Breach() {}

  Breach(String caseKey, Long contractId, LocalDate foundOn, String description, String reportedBy,
      Instant reportedAt) {
    this.caseKey = caseKey;
    this.contractId = contractId;
    this.foundOn = foundOn;
    this.description = description;
    this.reportedBy = reportedBy;
    this.reportedAt = reportedAt;
    this.status = "REPORTED";
  }

  void measure(String consultation, String measure, String reason, String by, Instant at, LocalDate followUpOn) {
    this.consultation = consultation;
    this.measure = measure;
    this.measureReason = reason;
    this.decidedBy = by;
    this.decidedAt = at;
    this.followUpOn = followUpOn;
    this.status = "termination".equals(measure) ? "TERMINATED" : "MEASURES";
  }

  void agreed(String by, Instant at, String notes) {
    this.agreedBy = by;
    this.agreedAt = at;
    this.agreementNotes = notes;
  }

  /** 第25条4: the supervising manager who agreed to the measure the information manager decided. */
  public String getAgreedBy() {
    return agreedBy;
  }

  public Instant getAgreedAt() {
    return agreedAt;
  }

  public String getAgreementNotes() {
    return agreementNotes;
  }

  void explained(String explanation) {
    this.contractorExplanation = explanation;
  }

  void resolved() {
    this.status = "RESOLVED";
  }

  public Long getId() {
    return id;
  }

  public String getCaseKey() {
    return caseKey;
  }

  public Long getContractId() {
    return contractId;
  }

  public LocalDate getFoundOn() {
    return foundOn;
  }

  public String getDescription() {
    return description;
  }

  public String getReportedBy() {
    return reportedBy;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }

  public String getConsultation() {
    return consultation;
  }

  public String getMeasure() {
    return measure;
  }

  public String getMeasureReason() {
    return measureReason;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public LocalDate getFollowUpOn() {
    return followUpOn;
  }

  public String getContractorExplanation() {
    return contractorExplanation;
  }

  public String getStatus() {
    return status;
  }
}
