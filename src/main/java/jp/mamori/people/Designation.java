package jp.mamori.people;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One designation (第4–7条): whom, as what, for which records (a department for an information manager, the
 * designating information manager for a handler), from which day, who decided and why; ended (not deleted) when
 * replaced or withdrawn, so the history stays.
 */
@Table("designation")
public class Designation {

  @Id
  private Long id;

  private DesignationKind kind;

  @Column("user_id")
  private String userId;

  private String scope;

  @Column("valid_from")
  private LocalDate validFrom;

  @Column("decided_by")
  private String decidedBy;

  private String reason;

  @Column("ended_on")
  private LocalDate endedOn;

  @Column("ended_by")
  private String endedBy;

  @Column("end_reason")
  private String endReason;

  @Column("recorded_at")
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
