package jp.mamori.people;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A training session (第33条) the supervising manager planned: date, topic, materials; attendance once held. */
@Table("training_session")
public class TrainingSession {

  @Id
  private Long id;
  @Column("held_on")
  private LocalDate heldOn;
  private String topic;
  private String materials;
  @Column("planned_by")
  private String plannedBy;
  @Column("planned_at")
  private Instant plannedAt;
  @Column("attendance_recorded_by")
  private String attendanceRecordedBy;
  @Column("attendance_recorded_at")
  private Instant attendanceRecordedAt;

  protected TrainingSession() {}

  TrainingSession(LocalDate heldOn, String topic, String materials, String plannedBy, Instant plannedAt) {
    this.heldOn = heldOn;
    this.topic = topic;
    this.materials = materials;
    this.plannedBy = plannedBy;
    this.plannedAt = plannedAt;
  }

  void attendanceRecorded(String by, Instant at) {
    this.attendanceRecordedBy = by;
    this.attendanceRecordedAt = at;
  }

  public boolean isAttendanceRecorded() {
    return attendanceRecordedAt != null;
  }

  public Long getId() { return id; }
  public LocalDate getHeldOn() { return heldOn; }
  public String getTopic() { return topic; }
  public String getMaterials() { return materials; }
  public String getPlannedBy() { return plannedBy; }
  public Instant getPlannedAt() { return plannedAt; }
  public String getAttendanceRecordedBy() { return attendanceRecordedBy; }
  public Instant getAttendanceRecordedAt() { return attendanceRecordedAt; }
}
