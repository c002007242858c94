package jp.mamori.outsourcing.registry;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A contractor's request to re-outsource part of the work (Keio 22): REQUESTED, then PERMITTED or REFUSED. */
@Table("outsourcing_subcontract")
public class Subcontract {

  @Id
  private Long id;

  @Column("case_key")
  private String caseKey;

  @Column("contract_id")
  private Long contractId;

  private String subcontractor;

  private String scope;

  private String safeguards;

  @Column("requested_by")
  private String requestedBy;

  @Column("requested_at")
  private Instant requestedAt;

  private String status;

  @Column("decided_by")
  private String decidedBy;

  @Column("decided_at")
  private Instant decidedAt;

  @Column("decision_reason")
  private String decisionReason;

  protected Subcontract() {}

  Subcontract(String caseKey, Long contractId, String subcontractor, String scope, String safeguards,
      String requestedBy, Instant requestedAt) {
    this.caseKey = caseKey;
    this.contractId = contractId;
    this.subcontractor = subcontractor;
    this.scope = scope;
    this.safeguards = safeguards;
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
    this.status = "REQUESTED";
  }

  void decide(boolean permitted, String by, Instant at, String reason) {
    this.status = permitted ? "PERMITTED" : "REFUSED";
    this.decidedBy = by;
    this.decidedAt = at;
    this.decisionReason = reason;
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

  public String getSubcontractor() {
    return subcontractor;
  }

  public String getScope() {
    return scope;
  }

  public String getSafeguards() {
    return safeguards;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public String getStatus() {
    return status;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getDecisionReason() {
    return decisionReason;
  }
}
