package jp.mamori.process;

import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An open task always belongs to someone: its assignee, or a role or person it is offered to. Removing a task's last
 * role or person while nobody holds it, or giving back a task that is offered to nobody, would leave a step of the
 * regulation's procedure on no one's list, with no one reminded of it. The deployment gate refuses a user task
 * without a role ({@code GateRule.NO_ROLE}); this holds the same after the start, for every channel: the engine
 * announces each change of a task's candidates or assignee as an update (the app, Camunda Tasklist, /engine-rest and
 * the Java API alike), and a refusal here rolls the change back.
 */
@Component
public class TaskKeptForSomeone {

  public static final String REFUSAL = "task.error.givenToNobody";

  @EventListener
  public void check(DelegateTask task) {
    // a task someone holds is theirs; only then are the candidates read, so claims and completions cost nothing
    if (!EngineEvents.isTask(task, TaskListener.EVENTNAME_UPDATE) || task.getAssignee() != null) {
      return;
    }
    if (TaskPeople.candidates(task).findAny().isEmpty()) {
      throw new ActionRefused(REFUSAL, task.getName());
    }
  }
}
