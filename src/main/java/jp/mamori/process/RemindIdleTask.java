package jp.mamori.process;

import java.util.List;
import jp.mamori.web.ModelBean;
import jp.mamori.web.StoredText;
import jp.mamori.notification.Notifications;
import jp.mamori.notification.TaskLink;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * {@code ${remindIdleTask}}: the first step for a review left idle past its due date — remind whoever holds it, or
 * every holder of its roles while nobody has claimed it.
 */
@ModelBean
@Component("remindIdleTask")
class RemindIdleTask implements JavaDelegate {

  private final AttachedTasks attachedTasks;
  private final TaskService taskService;
  private final Notifications notifications;

  RemindIdleTask(AttachedTasks attachedTasks, TaskService taskService, Notifications notifications) {
    this.attachedTasks = attachedTasks;
    this.taskService = taskService;
    this.notifications = notifications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    for (Task task : attachedTasks.of(execution)) {
      StoredText.Arg name = StoredText.step(task.getProcessDefinitionId(), task.getTaskDefinitionKey(),
          task.getName());
      StoredText title = StoredText.of("process.notice.overdue", name);
      StoredText body = StoredText.of("process.notice.overdue.body", name);
      String link = TaskLink.of(task.getId());
      if (task.getAssignee() != null) {
        notifications.toUsers(List.of(task.getAssignee()), title, body, link);
        continue;
      }
      for (IdentityLink candidate : taskService.getIdentityLinksForTask(task.getId())) {
        if (IdentityLinkType.CANDIDATE.equals(candidate.getType()) && candidate.getGroupId() != null) {
          notifications.toRole(candidate.getGroupId(), title, body, link);
        }
      }
    }
  }
}
