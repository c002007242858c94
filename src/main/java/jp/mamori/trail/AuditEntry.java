package jp.mamori.trail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded act: who did what, when, on which case, and why. Never updated, never deleted. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  private String action;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "business_key")
  private String businessKey;

  @Column(name = "task_id")
  private String taskId;

  private String subject;
  private String reason;
  private String detail;

  protected AuditEntry() {}

  AuditEntry(Instant occurredAt, String actor, String action, CaseRef caseRef, String subject, String reason,
      String detail) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.processInstanceId = caseRef.processInstanceId();
    this.businessKey = caseRef.businessKey();
    this.taskId = caseRef.taskId();
    this.subject = subject;
    this.reason = reason;
    this.detail = detail;
  }

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
