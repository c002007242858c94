package jp.mamori.outsourcing.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A breach of contract found at a contractor (第25条4): reported by the information manager, the measure decided
 * with the supervising manager (improvement with the contractor's explanation — Keio 21-3(2) —, suspension or
 * termination) and its follow-up. Status REPORTED, MEASURES (decided, follow-up pending), RESOLVED, TERMINATED.
 */
@Entity
@Table(name = "outsourcing_breach")
public class Breach {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_key", nullable = false, unique = true)
  private String caseKey;

  @Column(name = "contract_id", nullable = false)
  private Long contractId;

  @Column(name = "found_on", nullable = false)
  private LocalDate foundOn;

  @Column(nullable = false)
  private String description;

  @Column(name = "reported_by", nullable = false)
  private String reportedBy;

  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;

  private String consultation;

  private String measure;

  @Column(name = "measure_reason")
  private String measureReason;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "follow_up_on")
  private LocalDate followUpOn;

  @Column(name = "contractor_explanation")
  private String contractorExplanation;

  @Column(nullable = false)
  private String status;

  @Column(name = "agreed_by")
  private String agreedBy;

  @Column(name = "agreed_at")
  private Instant agreedAt;

  @Column(name = "agreement_notes")
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
