package jp.mamori.purpose.registry;

import java.time.Instant;
import java.util.Locale;
import jp.mamori.storage.NewRow;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** One purpose of use in the registry (第17条), with who filed it and who decided on it (第12条). */
@Table
public class Purpose {

  @Id
  private Long id;

  private String code;

  private PurposeCategory category;

  private String article;

  @Column("text_ja")
  private String textJa;

  @Column("text_en")
  private String textEn;

  private PurposeStatus status;

  /** The acquisition rule's outcome (第15条): allowed or consentRequired. */
  private String consent;

  @Column("department_code")
  private String departmentCode;

  @Column("case_key")
  private String caseKey;

  @Column("filed_by")
  private String filedBy;

  @Column("filed_at")
  private Instant filedAt;

  @Column("decided_by")
  private String decidedBy;

  @Column("decided_at")
  private Instant decidedAt;

  @Column("decision_reason")
  private String decisionReason;

  @Column("sort_order")
  private int sortOrder;

  protected Purpose() {}

  Purpose(String caseKey, String filedBy, Instant filedAt, int sortOrder) {
    this.code = caseKey;
    this.caseKey = caseKey;
    this.filedBy = filedBy;
    this.filedAt = filedAt;
    this.sortOrder = sortOrder;
    this.status = PurposeStatus.PENDING;
  }

  void describe(PurposeFiling filing) {
    this.category = filing.category();
    this.textJa = filing.purposeText();
    this.textEn = filing.purposeTextEn();
    this.departmentCode = filing.department();
  }

  /** A purpose filed for the first time, as a new row: the decision's columns are still empty ({@link NewRow}). */
  NewRow newRow() {
    return NewRow.into("purpose")
        .set("code", code)
        .set("category", category)
        .set("text_ja", textJa)
        .set("text_en", textEn)
        .set("status", status)
        .set("department_code", departmentCode)
        .set("case_key", caseKey)
        .set("filed_by", filedBy)
        .set("filed_at", filedAt)
        .set("sort_order", sortOrder);
  }

  Purpose stored(long id) {
    this.id = id;
    return this;
  }

  public String text(Locale locale) {
    return text(locale, textJa, textEn);
  }

  /** The purpose's text in English where it has one, in Japanese otherwise. */
  static String text(Locale locale, String textJa, String textEn) {
    return inEnglish(locale) && textEn != null && !textEn.isBlank() ? textEn : textJa;
  }

  static boolean inEnglish(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }

  public boolean isConsentRequired() {
    return "consentRequired".equals(consent);
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public PurposeCategory getCategory() {
    return category;
  }

  public String getArticle() {
    return article;
  }

  public String getTextJa() {
    return textJa;
  }

  public String getTextEn() {
    return textEn;
  }

  public PurposeStatus getStatus() {
    return status;
  }

  public String getConsent() {
    return consent;
  }

  public String getDepartmentCode() {
    return departmentCode;
  }

  public String getCaseKey() {
    return caseKey;
  }

  public String getFiledBy() {
    return filedBy;
  }

  public Instant getFiledAt() {
    return filedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  /** For pages: Faces' date converter formats java.util.Date only. */
  public java.util.Date getDecidedDate() {
    return decidedAt == null ? null : java.util.Date.from(decidedAt);
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public int getSortOrder() {
    return sortOrder;
  }
}
