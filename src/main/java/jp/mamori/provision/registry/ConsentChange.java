package jp.mamori.provision.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a consent's history (別紙4, 第26条4): given, narrowed (partial withdrawal, Keio 10) or withdrawn. */
@Entity
@Table(name = "provision_consent_change")
public class ConsentChange {

  /** The kinds of change. */
  public static final String GIVEN = "GIVEN";
  public static final String NARROWED = "NARROWED";
  public static final String WITHDRAWN = "WITHDRAWN";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "consent_id", nullable = false)
  private Long consentId;

  @Column(nullable = false)
  private String kind;

  @Column(name = "scope_before")
  private String scopeBefore;

  @Column(name = "scope_after")
  private String scopeAfter;

  private String note;

  @Column(name = "changed_by", nullable = false)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected ConsentChange() {}

  ConsentChange(Long consentId, String kind, String scopeBefore, String scopeAfter, String note, String changedBy,
      Instant changedAt) {
    this.consentId = consentId;
    this.kind = kind;
    this.scopeBefore = scopeBefore;
    this.scopeAfter = scopeAfter;
    this.note = note;
    this.changedBy = changedBy;
    this.changedAt = changedAt;
  }

  public Long getId() {
    return id;
  }

  public Long getConsentId() {
    return consentId;
  }

  public String getKind() {
    return kind;
  }

  public String getScopeBefore() {
    return scopeBefore;
  }

  public String getScopeAfter() {
    return scopeAfter;
  }

  public String getNote() {
    return note;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
