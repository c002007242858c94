package jp.mamori.process;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import jp.mamori.organization.Role;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who may see a task is decided by its model: the engine lets a task's people read it and its variables (patient
 * data, for some procedures), and lets them change its people. So that the circle does not grow by hand, on every
 * channel (the app, Camunda Tasklist, /engine-rest, the Java API as a person):
 *
 * <ul>
 *   <li>a task is handed over (assignee, or owner) only to one of its own people: a member of one of its roles or a
 *       person it is offered to — the app's 「引き継ぎ」 rule, now the engine's;</li>
 *   <li>a role or person is added to a task only by the managers who run the procedures (総括・統括管理者, 第3–4条) or
 *       an engine administrator; the models, their glue and the escalation (no person acting) add as before.</li>
 * </ul>
 *
 * <p>A task created in the same command is the model's doing and is left alone. Claims (the assignee is the person
 * acting) read nothing.
 */
@Component
public class TaskHandedWithinItsPeople {

  public static final String HANDOVER_REFUSAL = "task.error.handOverOutside";
  public static final String WIDENING_REFUSAL = "task.error.addPeople";
  private static final List<String> MAY_ADD_PEOPLE =
      List.of(Role.TOTAL_MANAGER.groupId(), Role.SUPERVISING_MANAGER.groupId(), Groups.CAMUNDA_ADMIN);

  @EventListener
  public void check(DelegateTask delegateTask) {
    if (!EngineEvents.isTask(delegateTask, TaskListener.EVENTNAME_UPDATE)
        || !(delegateTask instanceof TaskEntity task)) {
      return;
    }
    Authentication actor = TaskChange.byPerson(task).orElse(null);
    if (actor == null) {
      return;
    }
    CommandContext command = Context.getCommandContext();
    Stream.of(task.getPropertyChanges().get(TaskEntity.ASSIGNEE), task.getPropertyChanges().get(TaskEntity.OWNER))
        .filter(Objects::nonNull).map(PropertyChange::getNewValueString)
        .filter(Objects::nonNull).filter(person -> !person.equals(actor.getUserId()))
        .filter(person -> !command.runWithoutAuthorization(() -> isOneOfItsPeople(task, person)))
        .findFirst().ifPresent(person -> {
          throw new ActionRefused(HANDOVER_REFUSAL, task.getName());
        });
    if (addsPeople(command.getDbEntityManager(), task) && !mayAddPeople(actor)) {
      throw new ActionRefused(WIDENING_REFUSAL, task.getName());
    }
  }

  private static boolean isOneOfItsPeople(TaskEntity task, String person) {
    var identities = task.getProcessEngineServices().getIdentityService();
    return TaskPeople.candidates(task).anyMatch(link -> person.equals(link.getUserId()) || link.getGroupId() != null
        && identities.createGroupQuery().groupMember(person).groupId(link.getGroupId()).count() > 0);
  }

  /** A candidate link made in this command: read from the engine's cache, so a claim asks the database nothing. */
  private static boolean addsPeople(DbEntityManager entities, TaskEntity task) {
    return entities.getCachedEntitiesByType(IdentityLinkEntity.class).stream()
        .filter(link -> task.getId().equals(link.getTaskId()) && IdentityLinkType.CANDIDATE.equals(link.getType()))
        .anyMatch(link -> TaskChange.isNew(entities, link));
  }

  private static boolean mayAddPeople(Authentication actor) {
    return actor.getGroupIds() != null && actor.getGroupIds().stream().anyMatch(MAY_ADD_PEOPLE::contains);
  }
}
