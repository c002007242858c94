package jp.mamori.tasks;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jp.mamori.notification.Notifications;
import jp.mamori.notification.TaskLink;
import jp.mamori.web.StoredText;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.process.CompletionTrail;
import jp.mamori.process.FourEyesViolation;
import jp.mamori.process.WrappedCause;
import jp.mamori.security.EngineIdentity;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.trail.AuditTrail;
import jp.mamori.trail.CaseRef;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a user does to a task: claim, release, hand over, comment, complete. Each action is checked here (the task
 * must be visible to the user, the user must hold it) and again by the engine, which runs it as the user; each is
 * recorded in the audit trail in the same transaction. Failures become {@link ActionRefused}s with a
 * message key the user can read, never a stack trace.
 */
@Service
public class TaskActions {

  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final TaskListService taskList;
  private final EngineIdentity engineIdentity;
  private final AuditTrail trail;
  private final StaffDirectory staff;
  private final Notifications notifications;

  TaskActions(TaskService taskService, RuntimeService runtimeService, TaskListService taskList,
      EngineIdentity engineIdentity, AuditTrail trail, StaffDirectory staff, Notifications notifications) {
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.taskList = taskList;
    this.engineIdentity = engineIdentity;
    this.trail = trail;
    this.staff = staff;
    this.notifications = notifications;
  }

  @Transactional
  public void claim(StaffPrincipal user, String taskId) {
    Task task = visible(user, taskId);
    if (task.getAssignee() != null && !task.getAssignee().equals(user.userId())) {
      throw new ActionRefused("task.error.claimedByOther", staff.displayName(task.getAssignee()));
    }
    engine(user, () -> taskService.claim(taskId, user.userId()));
    record(user, "TASK_CLAIMED", task, null, null);
  }

  /** Gives the task back to its roles' shared list. */
  @Transactional
  public void unclaim(StaffPrincipal user, String taskId) {
    Task task = held(user, taskId);
    engine(user, () -> taskService.setAssignee(taskId, null));
    record(user, "TASK_RELEASED", task, null, null);
  }

  /**
   * Hands the task over to a colleague who is a candidate for it (holds one of its roles or is named on it); the
   * reason is recorded and the colleague is notified.
   */
  @Transactional
  public void delegate(StaffPrincipal user, String taskId, String toUserId, String reason) {
    Task task = held(user, taskId);
    if (toUserId == null || toUserId.equals(user.userId()) || !isCandidate(task, toUserId)) {
      throw new ActionRefused("task.error.delegateNotCandidate");
    }
    engine(user, () -> taskService.setAssignee(taskId, toUserId));
    record(user, "TASK_DELEGATED", task, reason, "to=" + toUserId);
    StoredText.Arg name = StoredText.step(task.getProcessDefinitionId(), task.getTaskDefinitionKey(),
        task.getName());
    notifications.toUsers(List.of(toUserId), StoredText.of("task.notice.handedOver", name),
        StoredText.of("task.notice.handedOver.body", user.displayName(), reason == null ? "" : reason),
        TaskLink.of(taskId));
  }

  @Transactional
  public void comment(StaffPrincipal user, String taskId, String text) {
    if (text == null || text.isBlank()) {
      throw new ActionRefused("task.error.commentEmpty");
    }
    Task task = visible(user, taskId);
    engine(user, () -> taskService.createComment(taskId, task.getProcessInstanceId(), text.trim()));
  }

  /**
   * Completes the task with the form's variables. An unclaimed task of the user's roles is claimed in the same
   * transaction. {@code decision} and {@code reason} are what the audit trail keeps as the decision and its why.
   */
  @Transactional
  public void complete(StaffPrincipal user, String taskId, Map<String, Object> variables, String decision,
      String reason) {
    Task task = visible(user, taskId);
    if (task.getAssignee() == null) {
      engine(user, () -> taskService.claim(taskId, user.userId()));
    } else if (!task.getAssignee().equals(user.userId())) {
      throw new ActionRefused("task.error.claimedByOther", staff.displayName(task.getAssignee()));
    }
    CaseRef ref = caseOf(task);
    engine(user, () -> CompletionTrail.recordedByCaller(() -> taskService.complete(taskId, variables)));
    trail.record(user.userId(), "TASK_COMPLETED", ref, task.getName(), reason,
        decision == null ? null : "decision=" + decision);
  }

  private Task visible(StaffPrincipal user, String taskId) {
    return taskList.visibleTask(user, taskId).orElseThrow(() -> new ActionRefused("task.error.gone"));
  }

  private Task held(StaffPrincipal user, String taskId) {
    Task task = visible(user, taskId);
    if (!user.userId().equals(task.getAssignee())) {
      throw new ActionRefused("task.error.notHeld");
    }
    return task;
  }

  private boolean isCandidate(Task task, String userId) {
    for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (userId.equals(link.getUserId())
          || (link.getGroupId() != null && staff.isMember(userId, link.getGroupId()))) {
        return true;
      }
    }
    return false;
  }

  private void engine(StaffPrincipal user, Runnable call) {
    engine(user, () -> {
      call.run();
      return null;
    });
  }

  /** Runs an engine call as the user and turns the engine's refusals into messages the user can read. */
  private <T> T engine(StaffPrincipal user, Supplier<T> call) {
    try {
      return engineIdentity.callAs(user, call);
    } catch (TaskAlreadyClaimedException e) {
      throw new ActionRefused("task.error.claimedByOther", staff.displayName(e.getTaskAssignee()));
    } catch (NullValueException | OptimisticLockingException e) {
      // someone else completed or changed the task between our read and this write
      throw new ActionRefused("task.error.concurrent");
    } catch (AuthorizationException e) {
      throw new ActionRefused("task.error.notAllowed");
    } catch (ProcessEngineException e) {
      // listeners' exceptions may arrive wrapped by the engine
      if (WrappedCause.find(e, FourEyesViolation.class).isPresent()) {
        throw new ActionRefused("task.error.fourEyes");
      }
      // a procedure's listener may refuse a completion with a message for the user
      throw WrappedCause.find(e, ActionRefused.class).orElseThrow(() -> e);
    }
  }

  private void record(StaffPrincipal user, String action, Task task, String reason, String detail) {
    trail.record(user.userId(), action, caseOf(task), task.getName(), reason, detail);
  }

  /** The case of a task, for the trail entry of a refusal on a page (the task may be gone: then the id alone). */
  public CaseRef caseOfTask(String taskId) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    return task == null ? new CaseRef(null, null, taskId) : caseOf(task);
  }

  private CaseRef caseOf(Task task) {
    String businessKey = null;
    if (task.getProcessInstanceId() != null) {
      ProcessInstance instance = runtimeService.createProcessInstanceQuery()
          .processInstanceId(task.getProcessInstanceId()).singleResult();
      businessKey = instance == null ? null : instance.getBusinessKey();
    }
    return new CaseRef(task.getProcessInstanceId(), businessKey, task.getId());
  }
}
