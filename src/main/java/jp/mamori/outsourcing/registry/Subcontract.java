package jp.mamori.outsourcing.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A contractor's request to re-outsource part of the work (Keio 22): REQUESTED, then PERMITTED or REFUSED. */
@Entity
@Table(name = "outsourcing_subcontract")
public class Subcontract {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "case_key", nullable = false, unique = true)
  private String caseKey;

  @Column(name = "contract_id", nullable = false)
  private Long contractId;

  @Column(nullable = false)
  private String subcontractor;

  @Column(nullable = false)
  private String scope;

  private String safeguards;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(nullable = false)
  private String status;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_reason")
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
