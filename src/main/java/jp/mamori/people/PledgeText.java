package jp.mamori.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One version of the confidentiality pledge's text (第20条3); a new version is a new row, the old ones stay. */
@Entity
@Table(name = "pledge_text")
public class PledgeText {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(nullable = false)
  private int version;
  @Column(nullable = false, columnDefinition = "text")
  private String body;
  @Column(name = "effective_from", nullable = false)
  private LocalDate effectiveFrom;
  @Column(name = "created_by", nullable = false)
  private String createdBy;
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected PledgeText() {}

  PledgeText(int version, String body, LocalDate effectiveFrom, String createdBy, Instant createdAt) {
    this.version = version;
    this.body = body;
    this.effectiveFrom = effectiveFrom;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() { return id; }
  public int getVersion() { return version; }
  public String getBody() { return body; }
  public LocalDate getEffectiveFrom() { return effectiveFrom; }
  public String getCreatedBy() { return createdBy; }
  public Instant getCreatedAt() { return createdAt; }
}
