package jp.mamori.incident;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A member the headquarters named besides the head and the deputy (第35条): who, named by whom, when. */
@Table("incident_member")
public class HeadquartersMember {

  @Id
  private Long id;

  @Column("incident_id")
  private Long incidentId;

  @Column("user_id")
  private String userId;

  @Column("added_by")
  private String addedBy;

  @Column("added_at")
  private Instant addedAt;

  protected HeadquartersMember() {}

  HeadquartersMember(Long incidentId, String userId, String addedBy, Instant addedAt) {
    this.incidentId = incidentId;
    this.userId = userId;
    this.addedBy = addedBy;
    this.addedAt = addedAt;
  }

  public Long getIncidentId() {
    return incidentId;
  }

  public String getUserId() {
    return userId;
  }

  public String getAddedBy() {
    return addedBy;
  }

  public Instant getAddedAt() {
    return addedAt;
  }
}
