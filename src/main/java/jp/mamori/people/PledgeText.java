package jp.mamori.people;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** One version of the confidentiality pledge's text (第20条3); a new version is a new row, the old ones stay. */
@Table("pledge_text")
public class PledgeText {

  @Id
  private Long id;
  private int version;
  private String body;
  @Column("effective_from")
  private LocalDate effectiveFrom;
  @Column("created_by")
  private String createdBy;
  @Column("created_at")
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
