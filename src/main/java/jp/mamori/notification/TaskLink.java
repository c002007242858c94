package jp.mamori.notification;

/** Where a notice about a task points: the task's page. Opening it reads the notice ({@link Notifications#opened}). */
public final class TaskLink {

  static final String PREFIX = "/task.xhtml?id=";

  /** Where a notice about several tasks of one step points: the task list, which shows them all. */
  public static final String TASK_LIST = "/tasks.xhtml";

  private TaskLink() {}

  public static String of(String taskId) {
    return PREFIX + taskId;
  }
}
