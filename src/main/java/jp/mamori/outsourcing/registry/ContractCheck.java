package jp.mamori.outsourcing.registry;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One confirmation that the contractor handles the data properly: PERIODIC (第25条3) or FOLLOW_UP after a breach's
 * measures (第25条4). Result CONFORMING or BREACH (a follow-up: RESOLVED or UNRESOLVED).
 */
@Table("outsourcing_check")
public class ContractCheck {

  public static final String PERIODIC = "PERIODIC";
  public static final String FOLLOW_UP = "FOLLOW_UP";

  @Id
  private Long id;

  @Column("contract_id")
  private Long contractId;

  private String kind;

  @Column("due_on")
  private LocalDate dueOn;

  @Column("checked_by")
  private String checkedBy;

  @Column("checked_at")
  private Instant checkedAt;

  private String result;

  private String notes;

  @Column("case_key")
  private String caseKey;

  /** 第25条3: each item checked with its result and evidence, one per line (periodic checks). */
  @Column("checked_items")
  private String checkedItems;

  protected ContractCheck() {}

  ContractCheck(Long contractId, String kind, LocalDate dueOn, String checkedBy, Instant checkedAt, String result,
      String notes, String caseKey) {
    this.contractId = contractId;
    this.kind = kind;
    this.dueOn = dueOn;
    this.checkedBy = checkedBy;
    this.checkedAt = checkedAt;
    this.result = result;
    this.notes = notes;
    this.caseKey = caseKey;
  }

  void checkedItems(String items) {
    this.checkedItems = items;
  }

  public String getCheckedItems() {
    return checkedItems;
  }

  public Long getId() {
    return id;
  }

  public Long getContractId() {
    return contractId;
  }

  public String getKind() {
    return kind;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public String getCheckedBy() {
    return checkedBy;
  }

  public Instant getCheckedAt() {
    return checkedAt;
  }

  public String getResult() {
    return result;
  }

  public String getNotes() {
    return notes;
  }

  public String getCaseKey() {
    return caseKey;
  }
}
