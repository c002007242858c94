package jp.mamori.provision.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A patient's objection to a listed purpose (000 *1-*3) or the 次世代医療基盤法 opt-out (001), until withdrawn. */
@Entity
@Table(name = "provision_objection")
public class Objection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "patient_number", nullable = false)
  private String patientNumber;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ObjectionKind kind;

  private String note;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "withdrawn_by")
  private String withdrawnBy;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  protected Objection() {}

  Objection(String patientNumber, ObjectionKind kind, String note, String recordedBy, Instant recordedAt) {
    this.patientNumber = patientNumber;
    this.kind = kind;
    this.note = note;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  void withdraw(String by, Instant at) {
    this.withdrawnBy = by;
    this.withdrawnAt = at;
  }

  public boolean isStanding() {
    return withdrawnAt == null;
  }

  public Long getId() {
    return id;
  }

  public String getPatientNumber() {
    return patientNumber;
  }

  public ObjectionKind getKind() {
    return kind;
  }

  public String getNote() {
    return note;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getWithdrawnBy() {
    return withdrawnBy;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }
}
