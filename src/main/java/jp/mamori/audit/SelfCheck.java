package jp.mamori.audit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The self-check of one ledger entry (第22条) in one audit, answered by the entry's information manager. The entry's
 * title and manager are copied so that the report still reads right after the ledger changes.
 */
@Entity
@Table(name = "audit_self_check")
public class SelfCheck {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "audit_id", nullable = false)
  private Long auditId;

  @Column(name = "ledger_entry_id", nullable = false)
  private Long ledgerEntryId;

  @Column(name = "entry_title", nullable = false)
  private String entryTitle;

  @Column(name = "department_code", nullable = false)
  private String departmentCode;

  @Column(name = "information_manager", nullable = false)
  private String informationManager;

  @Column(name = "answered_by")
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(name = "challenge_reason")
  private String challengeReason;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "audit_answer", joinColumns = @JoinColumn(name = "self_check_id"))
  @MapKeyColumn(name = "item")
  private Map<String, Answer> answers = new LinkedHashMap<>();

  protected SelfCheck() {}

  SelfCheck(Long auditId, Long ledgerEntryId, String entryTitle, String departmentCode, String informationManager) {
    this.auditId = auditId;
    this.ledgerEntryId = ledgerEntryId;
    this.entryTitle = entryTitle;
    this.departmentCode = departmentCode;
    this.informationManager = informationManager;
  }

  void answered(String by, Map<CheckItem, Answer> given, Instant now) {
    answers.clear();
    given.forEach((item, answer) -> answers.put(item.key(), answer));
    this.answeredBy = by;
    this.answeredAt = now;
    this.challengeReason = null;
  }

  /** Asked again: the earlier answers stay (the form shows them) until the new ones replace them. */
  void challenged(String reason) {
    this.challengeReason = reason;
    this.answeredAt = null;
  }

  public boolean isAnswered() {
    return answeredAt != null;
  }

  public Long getId() {
    return id;
  }

  public Long getAuditId() {
    return auditId;
  }

  public Long getLedgerEntryId() {
    return ledgerEntryId;
  }

  public String getEntryTitle() {
    return entryTitle;
  }

  public String getDepartmentCode() {
    return departmentCode;
  }

  public String getInformationManager() {
    return informationManager;
  }

  public String getAnsweredBy() {
    return answeredBy;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }

  public String getChallengeReason() {
    return challengeReason;
  }

  public Map<String, Answer> getAnswers() {
    return answers;
  }

  public Answer answer(CheckItem item) {
    return answers.get(item.key());
  }
}
