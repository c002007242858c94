package jp.mamori.request;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One request received at the desk (第30条): the patient, the requester and the documents seen by type (第32条2),
 * the data concerned, the deadline, the decision with its ground (第27条2, 第28条2, 第29条), the fee (第31条).
 */
@Table("patient_request")
public class PatientRequest {

  @Id
  private Long id;

  @Column("case_key")
  private String caseKey;
  @Column("process_instance_id")
  private String processInstanceId;
  private RequestKind kind;
  private RequestStatus status;
  @Column("received_on")
  private LocalDate receivedOn;
  @Column("received_via")
  private String receivedVia;
  @Column("patient_number")
  private String patientNumber;
  @Column("patient_name")
  private String patientName;
  @Column("patient_birth_date")
  private LocalDate patientBirthDate;
  @Column("requested_data")
  private String requestedData;
  @Column("request_detail")
  private String requestDetail;
  @Column("disclosure_method")
  private String disclosureMethod;
  @Column("requester_type")
  private RequesterType requesterType;
  @Column("requester_name")
  private String requesterName;
  @Column("requester_relation")
  private String requesterRelation;
  @Column("agent_kind")
  private String agentKind;
  @Column("documents_seen")
  private String documentsSeen;
  @Column("patient_able_to_judge")
  private String patientAbleToJudge;
  @Column("registered_by")
  private String registeredBy;
  @Column("registered_at")
  private Instant registeredAt;
  @Column("due_at")
  private Instant dueAt;
  private RequestOutcome outcome;
  private RequestGround ground;
  @Column("decision_reason")
  private String decisionReason;
  @Column("replacing_measure")
  private String replacingMeasure;
  @Column("decided_by")
  private String decidedBy;
  @Column("decided_at")
  private Instant decidedAt;
  @Column("fee_table")
  private String feeTable;
  @Column("fee_total")
  private Long feeTotal;
  @Column("fee_detail")
  private String feeDetail;
  @Column("fee_paid_at")
  private Instant feePaidAt;
  @Column("fee_recorded_by")
  private String feeRecordedBy;
  @Column("receipt_number")
  private String receiptNumber;
  @Column("closed_at")
  private Instant closedAt;
  @Column("closing_note")
  private String closingNote;
  @Column("appeal_received_on")
  private LocalDate appealReceivedOn;
  @Column("appeal_reason")
  private String appealReason;
  @Column("appeal_registered_by")
  private String appealRegisteredBy;
  @Column("appeal_outcome")
  private String appealOutcome;
  @Column("appeal_review_reason")
  private String appealReviewReason;
  @Column("appeal_reviewed_by")
  private String appealReviewedBy;
  @Column("appeal_reviewed_at")
  private Instant appealReviewedAt;
  @Column("appeal_count")
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
