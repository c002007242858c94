package jp.mamori.process;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The requester never approves their own request. A user task opts in with the extension property
 * {@code fourEyes} naming the process variables that hold the excluded user ids (usually {@code initiator}):
 *
 * <pre>{@code <camunda:property name="fourEyes" value="initiator" />}</pre>
 *
 * <p>and with {@code fourEyesTasks} the ids of earlier tasks of the case whose performers are excluded too:
 *
 * <pre>{@code <camunda:property name="fourEyesTasks" value="Task_Review" />}</pre>
 *
 * <p>It listens on the engine's task events, so it holds for the app, Tasklist and REST alike: an excluded user can
 * neither be assigned the task, be made its owner or a candidate for it, nor complete it (the transaction is rolled
 * back).
 */
@Component
public class FourEyesRule {

  public static final String PROPERTY = "fourEyes";
  /** Task ids of the same case whose performers may not act on this task (the reviewer never approves). */
  public static final String TASKS_PROPERTY = "fourEyesTasks";

  private final IdentityService identityService;
  private final RepositoryService repositoryService;
  private final TaskService taskService;

  FourEyesRule(IdentityService identityService, RepositoryService repositoryService, TaskService taskService) {
    this.identityService = identityService;
    this.repositoryService = repositoryService;
    this.taskService = taskService;
  }

  /** Whether the rule keeps this user from acting on the task, so that pages can say so before anyone clicks. */
  public boolean excludes(Task task, String userId) {
    if (task.getProcessDefinitionId() == null) {
      return false;
    }
    UserTask userTask = repositoryService.getBpmnModelInstance(task.getProcessDefinitionId())
        .getModelElementById(task.getTaskDefinitionKey());
    return userTask != null && excludedVariables(userTask).stream()
        .map(variable -> taskService.getVariable(task.getId(), variable))
        .anyMatch(userId::equals);
  }

  @EventListener
  public void check(DelegateTask task) {
    if (!EngineEvents.isTask(task, TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_COMPLETE,
        TaskListener.EVENTNAME_UPDATE)) {
      return;
    }
    List<String> excludedVariables = excludedVariables(task);
    if (excludedVariables.isEmpty()) {
      return;
    }
    List<String> excludedUsers = excludedVariables.stream().map(task::getVariable)
        .filter(Objects::nonNull).map(Object::toString).toList();
    Stream<String> actors = switch (task.getEventName()) {
      case TaskListener.EVENTNAME_COMPLETE -> Stream.of(task.getAssignee(), authenticatedUser());
      // an owner or a candidate could claim or resolve the task later: refuse them now, whoever names them
      case TaskListener.EVENTNAME_UPDATE -> Stream.concat(Stream.of(task.getOwner()), candidateUsers(task));
      default -> Stream.of(task.getAssignee());
    };
    actors.filter(Objects::nonNull).filter(excludedUsers::contains).findFirst().ifPresent(actor -> {
      throw new FourEyesViolation(actor, task.getName());
    });
  }

  /** Variables named by the task's {@code fourEyes} property; empty when the task does not opt in. */
  public static List<String> excludedVariables(DelegateTask task) {
    UserTask userTask = task.getBpmnModelElementInstance();
    return userTask == null ? List.of() : excludedVariables(userTask);
  }

  public static List<String> excludedVariables(UserTask userTask) {
    Stream<String> performers = listed(userTask, TASKS_PROPERTY).map(CompletedByRecorder::performerOf);
    return Stream.concat(listed(userTask, PROPERTY), performers).toList();
  }

  private static Stream<String> listed(UserTask userTask, String property) {
    return ModelProperties.values(userTask, property).stream()
        .flatMap(v -> Arrays.stream(v.split(",")))
        .map(String::trim).filter(v -> !v.isEmpty());
  }

  private static Stream<String> candidateUsers(DelegateTask task) {
    return task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getUserId);
  }

  private String authenticatedUser() {
    var authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
