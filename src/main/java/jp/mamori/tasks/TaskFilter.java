package jp.mamori.tasks;

import java.time.LocalDate;

/**
 * What the task list is narrowed to. Every criterion becomes part of the engine's task query, so filtering and
 * paging happen in the database.
 *
 * @param procedureKey process definition key, or null for all procedures
 * @param dueFrom      due on or after this day, or null
 * @param dueTo        due on or before this day, or null
 * @param overdueOnly  only tasks whose due date has passed
 */
public record TaskFilter(TaskScope scope, String procedureKey, LocalDate dueFrom, LocalDate dueTo,
    boolean overdueOnly) {

  public static TaskFilter all() {
    return new TaskFilter(TaskScope.ALL, null, null, null, false);
  }

  /** Whether it narrows the tasks beyond the scope: by procedure or due date. */
  public boolean narrowsTasks() {
    return (procedureKey != null && !procedureKey.isBlank()) || dueFrom != null || dueTo != null || overdueOnly;
  }

  /** The same criteria within another scope. */
  public TaskFilter within(TaskScope other) {
    return new TaskFilter(other, procedureKey, dueFrom, dueTo, overdueOnly);
  }
}
