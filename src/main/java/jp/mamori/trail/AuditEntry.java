package jp.mamori.trail;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** One recorded act: who did what, when, on which case, and why. Never updated, never deleted. */
@Table("audit_entry")
public class AuditEntry {

  @Id
  private Long id;

  @Column("occurred_at")
  private Instant occurredAt;

  private String actor;

  private String action;

  @Column("process_instance_id")
  private String processInstanceId;

  @Column("business_key")
  private String businessKey;

  @Column("task_id")
  private String taskId;

  private String subject;
  private String reason;
  private String detail;

  protected AuditEntry() {}

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public String getBusinessKey() {
    return businessKey;
  }

  public String getTaskId() {
    return taskId;
  }

  public String getSubject() {
    return subject;
  }

  public String getReason() {
    return reason;
  }

  public String getDetail() {
    return detail;
  }
}
