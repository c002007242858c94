package jp.mamori.provision.registry;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** One line of a consent's history (別紙4, 第26条4): given, narrowed (partial withdrawal, Keio 10) or withdrawn. */
@Table("provision_consent_change")
public class ConsentChange {

  /** The kinds of change. */
  public static final String GIVEN = "GIVEN";
  public static final String NARROWED = "NARROWED";
  public static final String WITHDRAWN = "WITHDRAWN";

  @Id
  private Long id;

  @Column("consent_id")
  private Long consentId;

  private String kind;

  @Column("scope_before")
  private String scopeBefore;

  @Column("scope_after")
  private String scopeAfter;

  private String note;

  @Column("changed_by")
  private String changedBy;

  @Column("changed_at")
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
