package jp.mamori.outsourcing.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One entrustment of personal information to a contractor (第25条): what is entrusted and how it flows (届出,
 * 第25条1), the due diligence (第25条2), the total manager's decision, the concluded term and the next periodic
 * check (第25条3). Keyed by the business key of its outsourcingContract case.
 */
@Table("outsourcing_contract")
public class Contract {

  @Id
  private Long id;

  @Column("case_key")
  private String caseKey;

  @Column("contractor_id")
  private Long contractorId;

  private ContractStatus status;

  private String services;

  @Column("data_items")
  private String dataItems;

  @Column("data_volume")
  private String dataVolume;

  @Column("data_flow")
  private String dataFlow;

  @Column("planned_term")
  private String plannedTerm;

  @Column("filed_by")
  private String filedBy;

  @Column("filed_at")
  private Instant filedAt;

  @Column("interview_on")
  private LocalDate interviewOn;

  @Column("interview_attendees")
  private String interviewAttendees;

  @Column("interview_findings")
  private String interviewFindings;

  @Column("interview_conforms")
  private String interviewConforms;

  @Column("document_ref")
  private String documentRef;

  /** The confirmation document's clauses, as comma-separated {@link Clause} values. */
  private String clauses;

  @Column("decided_by")
  private String decidedBy;

  @Column("decided_at")
  private Instant decidedAt;

  @Column("decision_reason")
  private String decisionReason;

  @Column("signed_on")
  private LocalDate signedOn;

  @Column("term_start")
  private LocalDate termStart;

  @Column("term_end")
  private LocalDate termEnd;

  private String renewal;

  @Column("check_interval")
  private String checkInterval;

  @Column("next_check_opens")
  private LocalDate nextCheckOpens;

  @Column("next_check_due")
  private LocalDate nextCheckDue;

  @Column("ended_at")
  private Instant endedAt;

  protected Contract() {}

  Contract(String caseKey, Long contractorId, ContractIntent intent, String filedBy, Instant filedAt) {
    this.caseKey = caseKey;
    this.contractorId = contractorId;
    this.status = ContractStatus.UNDER_REVIEW;
    this.services = intent.services();
    this.dataItems = intent.dataItems();
    this.dataVolume = intent.dataVolume();
    this.dataFlow = intent.dataFlow();
    this.plannedTerm = intent.plannedTerm();
    this.filedBy = filedBy;
    this.filedAt = filedAt;
  }

  void interviewed(LocalDate on, String attendees, String findings, boolean conforms) {
    this.interviewOn = on;
    this.interviewAttendees = attendees;
    this.interviewFindings = findings;
    this.interviewConforms = conforms ? "yes" : "no";
  }

  void drafted(String documentRef, List<String> clauseValues) {
    this.documentRef = documentRef;
    this.clauses = String.join(",", clauseValues);
  }

  void decide(ContractStatus status, String by, Instant at, String reason) {
    this.status = status;
    this.decidedBy = by;
    this.decidedAt = at;
    this.decisionReason = reason;
  }

  void conclude(LocalDate signedOn, LocalDate termStart, LocalDate termEnd, String renewal, String checkInterval) {
    this.status = ContractStatus.ACTIVE;
    this.signedOn = signedOn;
    this.termStart = termStart;
    this.termEnd = termEnd;
    this.renewal = renewal;
    this.checkInterval = checkInterval;
  }

  void nextCheck(LocalDate opens, LocalDate due) {
    this.nextCheckOpens = opens;
    this.nextCheckDue = due;
  }

  void status(ContractStatus status) {
    this.status = status;
  }

  void end(Instant at) {
    this.status = ContractStatus.TERMINATED;
    this.endedAt = at;
    this.nextCheckOpens = null;
    this.nextCheckDue = null;
  }

  /** The clauses missing from the draft confirmation document (all of them before it is drafted). */
  public List<Clause> missingClauses() {
    List<String> present = clauses == null || clauses.isBlank() ? List.of() : Arrays.asList(clauses.split(","));
    return Clause.missingFrom(present);
  }

  public boolean isInterviewConforming() {
    return "yes".equals(interviewConforms);
  }

  public Long getId() {
    return id;
  }

  public String getCaseKey() {
    return caseKey;
  }

  public Long getContractorId() {
    return contractorId;
  }

  public ContractStatus getStatus() {
    return status;
  }

  public String getServices() {
    return services;
  }

  public String getDataItems() {
    return dataItems;
  }

  public String getDataVolume() {
    return dataVolume;
  }

  public String getDataFlow() {
    return dataFlow;
  }

  public String getPlannedTerm() {
    return plannedTerm;
  }

  public String getFiledBy() {
    return filedBy;
  }

  public Instant getFiledAt() {
    return filedAt;
  }

  public LocalDate getInterviewOn() {
    return interviewOn;
  }

  public String getInterviewAttendees() {
    return interviewAttendees;
  }

  public String getInterviewFindings() {
    return interviewFindings;
  }

  public String getDocumentRef() {
    return documentRef;
  }

  public String getClauses() {
    return clauses;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public LocalDate getTermStart() {
    return termStart;
  }

  public LocalDate getTermEnd() {
    return termEnd;
  }

  public String getRenewal() {
    return renewal;
  }

  public String getCheckInterval() {
    return checkInterval;
  }

  public LocalDate getNextCheckOpens() {
    return nextCheckOpens;
  }

  public LocalDate getNextCheckDue() {
    return nextCheckDue;
  }

  public Instant getEndedAt() {
    return endedAt;
  }
}
