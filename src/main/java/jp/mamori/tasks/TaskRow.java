package jp.mamori.tasks;

import java.io.Serializable;
import java.util.Date;
import java.util.List;

/**
 * One line of the task list: only what the list shows, never the case's personal data.
 *
 * @param subject    what this task is about among its like (a self-check's ledger entry), from the task-local
 *                   variable {@value #SUBJECT_VARIABLE} the glue sets; null for none
 * @param candidates who may take the task while nobody holds it: its roles with their members' names, or people
 *                   offered it by name (issue #17 item 7)
 */
public record TaskRow(String id, String name, String procedureName, String procedureKey, String businessKey,
    String processInstanceId, String assignee, String assigneeName, Date created, Date due, int priority,
    DueState dueState, String subject, List<Candidate> candidates) implements Serializable {

  /** The task-local variable a glue sets to tell a task from its siblings (ADR 0030). */
  public static final String SUBJECT_VARIABLE = "taskSubject";

  /** A role the task is offered to, with its members' names; or one person (groupId null). */
  public record Candidate(String groupId, List<String> names) implements Serializable {
    public String getNameList() {
      return String.join("、", names);
    }
  }

  public TaskRow {
    candidates = candidates == null ? List.of() : List.copyOf(candidates);
  }

  public boolean isAssigned() {
    return assignee != null;
  }

  /**
   * Camunda's 0–100 priority as staff read it: 50 is the engine's default, escalations raise it; 80 and above is
   * urgent (the PPC's preliminary report, containing a leak).
   */
  public String getPriorityLevel() {
    return priority >= 80 ? "urgent" : priority > 50 ? "high" : priority < 50 ? "low" : "normal";
  }
}
