package jp.mamori.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.mamori.web.ModelBean;
import jp.mamori.web.StoredText;
import jp.mamori.notification.Notifications;
import jp.mamori.notification.TaskLink;
import jp.mamori.organization.Role;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.trail.AuditTrail;
import jp.mamori.trail.CaseRef;
import jp.mamori.web.Messages;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * {@code ${escalateIdleTask}}: a review still idle after its reminder goes further — to the holder's deputy when
 * one is appointed (Keio 6), otherwise to the next role up (第3–6条). They become candidates of the task, are
 * notified, and the escalation is recorded; a deputy the four-eyes rule excludes is passed over. The task's
 * priority rises.
 */
@ModelBean
@Component("escalateIdleTask")
class EscalateIdleTask implements JavaDelegate {

  static final int ESCALATED_PRIORITY = 80;

  private final AttachedTasks attachedTasks;
  private final TaskService taskService;
  private final StaffDirectory staff;
  private final Notifications notifications;
  private final AuditTrail trail;
  private final FourEyesRule fourEyes;

  EscalateIdleTask(AttachedTasks attachedTasks, TaskService taskService, StaffDirectory staff,
      Notifications notifications, AuditTrail trail, FourEyesRule fourEyes) {
    this.attachedTasks = attachedTasks;
    this.taskService = taskService;
    this.staff = staff;
    this.notifications = notifications;
    this.trail = trail;
    this.fourEyes = fourEyes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    for (Task task : attachedTasks.of(execution)) {
      List<String> escalatedTo = escalate(task);
      TaskKeptAsModelled.byTheModel(
          () -> taskService.setPriority(task.getId(), Math.max(task.getPriority(), ESCALATED_PRIORITY)));
      trail.record("system", "TASK_ESCALATED",
          new CaseRef(execution.getProcessInstanceId(), execution.getProcessBusinessKey(), task.getId()),
          task.getName(), Messages.notice("process.trail.overdue"), "to=" + String.join(",", escalatedTo));
    }
  }

  private List<String> escalate(Task task) {
    StoredText.Arg name = StoredText.step(task.getProcessDefinitionId(), task.getTaskDefinitionKey(),
        task.getName());
    StoredText title = StoredText.of("process.notice.escalated", name);
    StoredText body = StoredText.of("process.notice.escalated.body", name);
    String link = TaskLink.of(task.getId());
    Optional<String> deputy = Optional.ofNullable(task.getAssignee()).flatMap(staff::deputyOf)
        .filter(d -> mayAct(task, d));
    if (deputy.isPresent()) {
      taskService.addCandidateUser(task.getId(), deputy.get());
      notifications.toUsers(List.of(deputy.get()), title, body, link);
      return List.of(deputy.get());
    }
    List<String> escalatedTo = new ArrayList<>();
    for (IdentityLink candidate : taskService.getIdentityLinksForTask(task.getId())) {
      if (!IdentityLinkType.CANDIDATE.equals(candidate.getType()) || candidate.getGroupId() == null) {
        continue;
      }
      Optional<Role> superior = Role.ofGroupId(candidate.getGroupId()).flatMap(Role::superior);
      if (superior.isPresent()) {
        String group = superior.get().groupId();
        taskService.addCandidateGroup(task.getId(), group);
        notifications.toRole(group, title, body, link);
        escalatedTo.add(group);
      } else {
        // the top of the chain (the director): their deputies act for them (第35条2: 副本部長)
        for (var member : staff.membersOf(candidate.getGroupId())) {
          staff.deputyOf(member.id()).filter(d -> !escalatedTo.contains(d) && mayAct(task, d)).ifPresent(d -> {
            taskService.addCandidateUser(task.getId(), d);
            notifications.toUsers(List.of(d), title, body, link);
            escalatedTo.add(d);
          });
        }
      }
    }
    return escalatedTo;
  }

  /** A deputy who filed the case (four-eyes) cannot be named on it: the escalation goes past them. */
  private boolean mayAct(Task task, String userId) {
    return !fourEyes.excludes(task, userId);
  }
}
