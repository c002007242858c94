package jp.mamori.policy;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** One version of the basic policy (第3条2): its text, when it takes effect, the amendment that adopted it. */
@Table("policy_version")
public class PolicyVersion {

  @Id
  private Long id;

  @Column("version_no")
  private int versionNo;

  @Column("policy_text")
  private String text;

  @Column("effective_on")
  private LocalDate effectiveOn;

  @Column("amendment_key")
  private String amendmentKey;

  @Column("adopted_at")
  private Instant adoptedAt;

  protected PolicyVersion() {}

  PolicyVersion(int versionNo, String text, LocalDate effectiveOn, String amendmentKey, Instant adoptedAt) {
    this.versionNo = versionNo;
    this.text = text;
    this.effectiveOn = effectiveOn;
    this.amendmentKey = amendmentKey;
    this.adoptedAt = adoptedAt;
  }

  public int getVersionNo() {
    return versionNo;
  }

  public String getText() {
    return text;
  }

  public LocalDate getEffectiveOn() {
    return effectiveOn;
  }

  public String getAmendmentKey() {
    return amendmentKey;
  }

  public Instant getAdoptedAt() {
    return adoptedAt;
  }
}
