package jp.mamori.people;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** One member of staff at a session (第33条): invited when planned, attended or not when the attendance is recorded. */
@Table("training_attendance")
public class TrainingAttendance {

  @Id
  private Long id;
  @Column("session_id")
  private Long sessionId;
  @Column("user_id")
  private String userId;
  private boolean invited;
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
