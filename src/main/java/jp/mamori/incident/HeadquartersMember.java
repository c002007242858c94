package jp.mamori.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member the headquarters named besides the head and the deputy (第35条): who, named by whom, when. */
@Entity
@Table(name = "incident_member")
public class HeadquartersMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "incident_id", nullable = false)
  private Long incidentId;

  @Column(name = "user_id", nullable = false)
  private String userId;

  @Column(name = "added_by", nullable = false)
  private String addedBy;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected HeadquartersMember() {}

  HeadquartersMember(Long incidentId, String userId, String addedBy, Instant addedAt) {
    this.incidentId = incidentId;
    this.userId = userId;
    this.addedBy = addedBy;
    this.addedAt = addedAt;
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
