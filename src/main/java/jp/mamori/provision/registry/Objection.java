package jp.mamori.provision.registry;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A patient's objection to a listed purpose (000 *1-*3) or the 次世代医療基盤法 opt-out (001), until withdrawn. */
@Table("provision_objection")
public class Objection {

  @Id
  private Long id;

  @Column("patient_number")
  private String patientNumber;

  private ObjectionKind kind;

  private String note;

  @Column("recorded_by")
  private String recordedBy;

  @Column("recorded_at")
  private Instant recordedAt;

  @Column("withdrawn_by")
  private String withdrawnBy;

  @Column("withdrawn_at")
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
