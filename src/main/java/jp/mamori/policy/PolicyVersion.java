package jp.mamori.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One version of the basic policy (第3条2): its text, when it takes effect, the amendment that adopted it. */
@Entity
@Table(name = "policy_version")
public class PolicyVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "version_no", nullable = false)
  private int versionNo;

  @Column(name = "policy_text", nullable = false)
  private String text;

  @Column(name = "effective_on", nullable = false)
  private LocalDate effectiveOn;

  @Column(name = "amendment_key", nullable = false)
  private String amendmentKey;

  @Column(name = "adopted_at", nullable = false)
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
