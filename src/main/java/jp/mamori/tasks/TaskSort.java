package jp.mamori.tasks;

/** The columns the task list can be sorted by, each backed by an index-friendly engine ordering. */
public enum TaskSort {
  CREATED, DUE, NAME, PRIORITY;

  public static TaskSort ofColumn(String field) {
    if (field == null) {
      return CREATED;
    }
    return switch (field) {
      case "due" -> DUE;
      case "name" -> NAME;
      case "priority" -> PRIORITY;
      default -> CREATED;
    };
  }
}
