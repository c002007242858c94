package jp.mamori.process;

import java.util.Date;
import java.util.List;
import java.util.Objects;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What a task says — its name, description, due date, priority, parent — is its model's: the name is the step of the
 * regulation's procedure, the due date the deadline the model computed, the priority the escalation's mark. The
 * engine lets a task's people change them (its default task permission): a candidate could rename a step, or move
 * its deadline a year and take it off every overdue list and the dashboard. On every channel (the app, Camunda
 * Tasklist, /engine-rest, the Java API as a person) a person changes none of them; the follow-up date, Tasklist's
 * personal reminder, stays theirs.
 *
 * <p>The models and their glue set them: a task created in the same command, a change with no person acting (the
 * escalation's job), and code that runs {@link #byTheModel} (a ruling that moves deadlines, inside a person's
 * completion). Nobody changes them by hand: an engine administrator has no rights on tasks here (patient data are
 * need-to-know).
 */
@Component
public class TaskKeptAsModelled {

  public static final String REFUSAL = "task.error.modelled";
  private static final List<String> MODELLED = List.of(TaskEntity.NAME, TaskEntity.DESCRIPTION, TaskEntity.DUE_DATE,
      TaskEntity.PRIORITY, TaskEntity.PARENT_TASK, TaskEntity.CASE_INSTANCE_ID);
  private static final ThreadLocal<Boolean> BY_THE_MODEL = ThreadLocal.withInitial(() -> false);

  /** Runs a change the model makes to its tasks while a person's command is under way (e.g. new deadlines). */
  public static void byTheModel(Runnable change) {
    boolean outer = BY_THE_MODEL.get();
    BY_THE_MODEL.set(true);
    try {
      change.run();
    } finally {
      BY_THE_MODEL.set(outer);
    }
  }

  @EventListener
  public void check(DelegateTask delegateTask) {
    if (!EngineEvents.isTask(delegateTask, TaskListener.EVENTNAME_UPDATE)
        || !(delegateTask instanceof TaskEntity task) || BY_THE_MODEL.get()) {
      return;
    }
    if (TaskChange.byPerson(task).isEmpty()) {
      return;
    }
    if (MODELLED.stream().map(task.getPropertyChanges()::get).filter(Objects::nonNull)
        .anyMatch(change -> !same(change.getOrgValue(), change.getNewValue()))) {
      throw new ActionRefused(REFUSAL, nameAsModelled(task));
    }
  }

  /** REST and Tasklist send the whole task back: a value sent as it was is no change. */
  private static boolean same(Object before, Object after) {
    if (before instanceof Date a && after instanceof Date b) {
      return a.getTime() == b.getTime();
    }
    return Objects.equals(blankAsNull(before), blankAsNull(after));
  }

  private static Object blankAsNull(Object value) {
    return value instanceof String text && text.isEmpty() ? null : value;
  }

  /** The refusal names the step as the model named it, not as the refused change would have. */
  private static String nameAsModelled(TaskEntity task) {
    PropertyChange name = task.getPropertyChanges().get(TaskEntity.NAME);
    return name != null && name.getOrgValue() instanceof String modelled ? modelled : task.getName();
  }
}
