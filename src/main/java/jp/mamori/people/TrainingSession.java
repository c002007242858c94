package jp.mamori.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A training session (第33条) the supervising manager planned: date, topic, materials; attendance once held. */
@Entity
@Table(name = "training_session")
public class TrainingSession {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;
  @Column(nullable = false)
  private String topic;
  @Column(columnDefinition = "text")
  private String materials;
  @Column(name = "planned_by", nullable = false)
  private String plannedBy;
  @Column(name = "planned_at", nullable = false)
  private Instant plannedAt;
  @Column(name = "attendance_recorded_by")
  private String attendanceRecordedBy;
  @Column(name = "attendance_recorded_at")
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
