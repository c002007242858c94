package jp.mamori.purpose.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.Locale;

/** One purpose of use in the registry (第17条), with who filed it and who decided on it (第12条). */
@Entity
public class Purpose {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PurposeCategory category;

  private String article;

  @Column(name = "text_ja", nullable = false)
  private String textJa;

  @Column(name = "text_en")
  private String textEn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PurposeStatus status;

  /** The acquisition rule's outcome (第15条): allowed or consentRequired. */
  private String consent;

  @Column(name = "department_code")
  private String departmentCode;

  @Column(name = "case_key")
  private String caseKey;

  @Column(name = "filed_by")
  private String filedBy;

  @Column(name = "filed_at")
  private Instant filedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_reason")
  private String decisionReason;

  @Column(name = "sort_order", nullable = false)
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

  void ruled(String acquisitionRule) {
    this.consent = acquisitionRule;
  }

  void decide(PurposeStatus status, String decidedBy, Instant decidedAt, String reason) {
    this.status = status;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
    this.decisionReason = reason;
  }

  public String text(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) && textEn != null && !textEn.isBlank()
        ? textEn : textJa;
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
