package jp.mamori.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One member of staff at a session (第33条): invited when planned, attended or not when the attendance is recorded. */
@Entity
@Table(name = "training_attendance")
public class TrainingAttendance {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Column(name = "session_id", nullable = false)
  private Long sessionId;
  @Column(name = "user_id", nullable = false)
  private String userId;
  @Column(nullable = false)
  private boolean invited;
  @Column(nullable = false)
  private boolean attended;

  protected TrainingAttendance() {}

  TrainingAttendance(Long sessionId, String userId, boolean invited) {
    this.sessionId = sessionId;
    this.userId = userId;
    this.invited = invited;
  }

  void attended(boolean attended) {
    this.attended = attended;
  }

  public Long getId() { return id; }
  public Long getSessionId() { return sessionId; }
  public String getUserId() { return userId; }
  public boolean isInvited() { return invited; }
  public boolean isAttended() { return attended; }
}
