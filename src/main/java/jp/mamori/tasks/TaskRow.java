package jp.mamori.tasks;

import java.io.Serializable;
import java.util.Date;

/** One line of the task list: only what the list shows, never the case's personal data. */
public record TaskRow(String id, String name, String procedureName, String procedureKey, String businessKey,
    String processInstanceId, String assignee, String assigneeName, Date created, Date due, int priority,
    DueState dueState) implements Serializable {

  public boolean isAssigned() {
    return assignee != null;
  }

  /** Camunda's 0–100 priority as staff read it: 50 is the engine's default, escalations raise it. */
  public String getPriorityLevel() {
    return priority > 50 ? "high" : priority < 50 ? "low" : "normal";
  }
}
