package jp.mamori.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The self-check of one ledger entry (第22条) in one audit, answered by the entry's information manager. The entry's
 * title and manager are copied so that the report still reads right after the ledger changes.
 */
@Table("audit_self_check")
public class SelfCheck {

  @Id
  private Long id;

  @Column("audit_id")
  private Long auditId;

  @Column("ledger_entry_id")
  private Long ledgerEntryId;

  @Column("entry_title")
  private String entryTitle;

  @Column("department_code")
  private String departmentCode;

  @Column("information_manager")
  private String informationManager;

  @Column("answered_by")
  private String answeredBy;

  @Column("answered_at")
  private Instant answeredAt;

  @Column("challenge_reason")
  private String challengeReason;

  @MappedCollection(idColumn = "self_check_id", keyColumn = "item")
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
