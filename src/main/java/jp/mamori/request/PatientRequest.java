package jp.mamori.request;

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
 * One request received at the desk (第30条): the patient, the requester and the documents seen by type (第32条2),
 * the data concerned, the deadline, the decision with its ground (第27条2, 第28条2, 第29条), the fee (第31条).
 */
@Entity
@Table(name = "patient_request")
public class PatientRequest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_key", nullable = false)
  private String caseKey;
  @Column(name = "process_instance_id", nullable = false)
  private String processInstanceId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RequestKind kind;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RequestStatus status;
  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;
  @Column(name = "received_via", nullable = false)
  private String receivedVia;
  @Column(name = "patient_number", nullable = false)
  private String patientNumber;
  @Column(name = "patient_name", nullable = false)
  private String patientName;
  @Column(name = "patient_birth_date", nullable = false)
  private LocalDate patientBirthDate;
  @Column(name = "requested_data", nullable = false)
  private String requestedData;
  @Column(name = "request_detail")
  private String requestDetail;
  @Column(name = "disclosure_method")
  private String disclosureMethod;
  @Enumerated(EnumType.STRING)
  @Column(name = "requester_type", nullable = false)
  private RequesterType requesterType;
  @Column(name = "requester_name")
  private String requesterName;
  @Column(name = "requester_relation")
  private String requesterRelation;
  @Column(name = "agent_kind")
  private String agentKind;
  @Column(name = "documents_seen", nullable = false)
  private String documentsSeen;
  @Column(name = "patient_able_to_judge")
  private String patientAbleToJudge;
  @Column(name = "registered_by", nullable = false)
  private String registeredBy;
  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;
  @Column(name = "due_at", nullable = false)
  private Instant dueAt;
  @Enumerated(EnumType.STRING)
  private RequestOutcome outcome;
  @Enumerated(EnumType.STRING)
  private RequestGround ground;
  @Column(name = "decision_reason")
  private String decisionReason;
  @Column(name = "replacing_measure")
  private String replacingMeasure;
  @Column(name = "decided_by")
  private String decidedBy;
  @Column(name = "decided_at")
  private Instant decidedAt;
  @Column(name = "fee_table")
  private String feeTable;
  @Column(name = "fee_total")
  private Long feeTotal;
  @Column(name = "fee_detail")
  private String feeDetail;
  @Column(name = "fee_paid_at")
  private Instant feePaidAt;
  @Column(name = "fee_recorded_by")
  private String feeRecordedBy;
  @Column(name = "receipt_number")
  private String receiptNumber;
  @Column(name = "closed_at")
  private Instant closedAt;
  @Column(name = "closing_note")
  private String closingNote;
  @Column(name = "appeal_received_on")
  private LocalDate appealReceivedOn;
  @Column(name = "appeal_reason", columnDefinition = "text")
  private String appealReason;
  @Column(name = "appeal_registered_by")
  private String appealRegisteredBy;
  @Column(name = "appeal_outcome")
  private String appealOutcome;
  @Column(name = "appeal_review_reason", columnDefinition = "text")
  private String appealReviewReason;
  @Column(name = "appeal_reviewed_by")
  private String appealReviewedBy;
  @Column(name = "appeal_reviewed_at")
  private Instant appealReviewedAt;
  @Column(name = "appeal_count", nullable = false)
  private int appealCount;

  protected PatientRequest() {}

  PatientRequest(String caseKey, String processInstanceId, Intake intake, String registeredBy, Instant now,
      Instant dueAt) {
    this.caseKey = caseKey;
    this.processInstanceId = processInstanceId;
    this.kind = intake.kind();
    this.status = RequestStatus.INVESTIGATING;
    this.receivedOn = intake.receivedOn();
    this.receivedVia = intake.receivedVia();
    this.patientNumber = intake.patientNumber();
    this.patientName = intake.patientName();
    this.patientBirthDate = intake.patientBirthDate();
    this.requestedData = intake.requestedData();
    this.requestDetail = intake.requestDetail();
    this.disclosureMethod = intake.disclosureMethod();
    this.requesterType = intake.requesterType();
    this.requesterName = intake.requesterName();
    this.requesterRelation = intake.requesterRelation();
    this.agentKind = intake.agentKind();
    this.documentsSeen = String.join(",", intake.documentsSeen().stream().map(d -> d.value()).toList());
    this.patientAbleToJudge = intake.patientAbleToJudge();
    this.registeredBy = registeredBy;
    this.registeredAt = now;
    this.dueAt = dueAt;
  }

  void moveTo(RequestStatus next) {
    this.status = next;
  }

  void decide(RequestOutcome outcome, RequestGround ground, String reason, String replacingMeasure, String by,
      Instant at) {
    this.outcome = outcome;
    this.ground = ground;
    this.decisionReason = reason;
    this.replacingMeasure = replacingMeasure;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  void charge(String table, long total, String detail) {
    this.feeTable = table;
    this.feeTotal = total;
    this.feeDetail = detail;
  }

  void paid(String by, Instant at, String receipt) {
    this.feeRecordedBy = by;
    this.feePaidAt = at;
    this.receiptNumber = receipt;
  }

  void close(RequestStatus finalStatus, Instant at, String note) {
    this.status = finalStatus;
    this.closedAt = at;
    this.closingNote = note;
  }

  /**
   * Keio 32: an appeal against the answered decision reopens the request; its review is due at {@code dueAt} (the
   * request's current deadline: the review's, then a new decision's when the review overturns the decision).
   */
  void appeal(LocalDate receivedOn, String reason, String by, Instant reviewDue) {
    this.status = RequestStatus.APPEALED;
    this.appealReceivedOn = receivedOn;
    this.appealReason = reason;
    this.appealRegisteredBy = by;
    this.appealOutcome = null;
    this.appealReviewReason = null;
    this.appealReviewedBy = null;
    this.appealReviewedAt = null;
    this.appealCount++;
    this.closedAt = null;
    this.dueAt = reviewDue;
  }

  void appealReviewed(String outcome, String reason, String by, Instant at) {
    this.appealOutcome = outcome;
    this.appealReviewReason = reason;
    this.appealReviewedBy = by;
    this.appealReviewedAt = at;
  }

  void dueAgain(Instant due) {
    this.dueAt = due;
  }

  /** Past its decision deadline while still open (第19条2 "速やかに"). */
  public boolean isOverdue(Instant now) {
    return status.isOpen() && dueAt.isBefore(now);
  }

  public Long getId() { return id; }
  public String getCaseKey() { return caseKey; }
  public String getProcessInstanceId() { return processInstanceId; }
  public RequestKind getKind() { return kind; }
  public RequestStatus getStatus() { return status; }
  public LocalDate getReceivedOn() { return receivedOn; }
  public String getReceivedVia() { return receivedVia; }
  public String getPatientNumber() { return patientNumber; }
  public String getPatientName() { return patientName; }
  public LocalDate getPatientBirthDate() { return patientBirthDate; }
  public String getRequestedData() { return requestedData; }
  public String getRequestDetail() { return requestDetail; }
  public String getDisclosureMethod() { return disclosureMethod; }
  public RequesterType getRequesterType() { return requesterType; }
  public String getRequesterName() { return requesterName; }
  public String getRequesterRelation() { return requesterRelation; }
  public String getAgentKind() { return agentKind; }
  public String getDocumentsSeen() { return documentsSeen; }
  public String getPatientAbleToJudge() { return patientAbleToJudge; }
  public String getRegisteredBy() { return registeredBy; }
  public Instant getRegisteredAt() { return registeredAt; }
  public Instant getDueAt() { return dueAt; }
  public java.util.Date getDueDate() { return java.util.Date.from(dueAt); }
  public RequestOutcome getOutcome() { return outcome; }
  public RequestGround getGround() { return ground; }
  public String getDecisionReason() { return decisionReason; }
  public String getReplacingMeasure() { return replacingMeasure; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
  public String getFeeTable() { return feeTable; }
  public Long getFeeTotal() { return feeTotal; }
  public String getFeeDetail() { return feeDetail; }
  public Instant getFeePaidAt() { return feePaidAt; }
  public String getFeeRecordedBy() { return feeRecordedBy; }
  public String getReceiptNumber() { return receiptNumber; }
  public Instant getClosedAt() { return closedAt; }
  public String getClosingNote() { return closingNote; }
  public LocalDate getAppealReceivedOn() { return appealReceivedOn; }
  public String getAppealReason() { return appealReason; }
  public String getAppealRegisteredBy() { return appealRegisteredBy; }
  public String getAppealOutcome() { return appealOutcome; }
  public String getAppealReviewReason() { return appealReviewReason; }
  public String getAppealReviewedBy() { return appealReviewedBy; }
  public Instant getAppealReviewedAt() { return appealReviewedAt; }
  public int getAppealCount() { return appealCount; }
}
