package jp.mamori.incident;

import java.time.Instant;
import java.util.Locale;
import jp.mamori.web.StoredText;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** One line of an incident's action log on the board: who did what, when. */
@Table("incident_log")
public class IncidentLogEntry {

  @Id
  private Long id;

  @Column("incident_id")
  private Long incidentId;

  private Instant at;

  private String actor;

  private String action;

  private String detail;

  /** The detail as key and arguments (ADR 0032); null on rows written before, and on texts people wrote. */
  @Column("detail_key")
  private String detailKey;

  @Column("detail_args")
  private String detailArgs;

  protected IncidentLogEntry() {}

  /** A line the system words: kept as key and arguments, and in Japanese words (the records' language). */
  IncidentLogEntry(Long incidentId, Instant at, String actor, String action, StoredText detail) {
    this(incidentId, at, actor, action, detail.text(Locale.JAPANESE));
    this.detailKey = detail.key();
    this.detailArgs = detail.argsJson();
  }

  IncidentLogEntry(Long incidentId, Instant at, String actor, String action, String detail) {
    this.incidentId = incidentId;
    this.at = at;
    this.actor = actor;
    this.action = action;
    this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getDetail() {
    return detail;
  }

  /** The detail as kept: a key and its arguments, or null (written before keys were kept, or a text as written). */
  public StoredText detailText() {
    return StoredText.read(detailKey, detailArgs);
  }
}
