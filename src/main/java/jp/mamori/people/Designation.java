package jp.mamori.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One designation (第4–7条): whom, as what, for which records (a department for an information manager, the
 * designating information manager for a handler), from which day, who decided and why; ended (not deleted) when
 * replaced or withdrawn, so the history stays.
 */
@Entity
@Table(name = "designation")
public class Designation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DesignationKind kind;

  @Column(name = "user_id", nullable = false)
  private String userId;

  private String scope;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "decided_by", nullable = false)
  private String decidedBy;

  private String reason;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Column(name = "ended_by")
  private String endedBy;

  @Column(name = "end_reason")
  private String endReason;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected Designation() {}

  Designation(DesignationKind kind, String userId, String scope, LocalDate validFrom, String decidedBy,
      String reason, Instant now) {
    this.kind = kind;
    this.userId = userId;
    this.scope = scope;
    this.validFrom = validFrom;
    this.decidedBy = decidedBy;
    this.reason = reason;
    this.recordedAt = now;
  }

  void end(LocalDate on, String by, String reason) {
    this.endedOn = on;
    this.endedBy = by;
    this.endReason = reason;
  }

  public boolean isActive() {
    return endedOn == null;
  }

  public Long getId() {
    return id;
  }

  public DesignationKind getKind() {
    return kind;
  }

  public String getUserId() {
    return userId;
  }

  public String getScope() {
    return scope;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getReason() {
    return reason;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public String getEndedBy() {
    return endedBy;
  }

  public String getEndReason() {
    return endReason;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }
}
