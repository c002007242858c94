package jp.mamori.tasks;

import java.util.List;
import java.util.Set;
import jp.mamori.notification.Notifications;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people a new task is for: its assignee, or everyone holding one of its roles. The message names the
 * task and links to it; it never carries the case's personal data, which stays behind the login.
 */
@Component
class NewTaskNotifier {

  private final Notifications notifications;
  private final boolean enabled;

  NewTaskNotifier(Notifications notifications,
      @Value("${mamori.notifications.on-new-task:true}") boolean enabled) {
    this.notifications = notifications;
    this.enabled = enabled;
  }

  @EventListener(condition = "#task.eventName == 'create'")
  public void taskCreated(DelegateTask task) {
    if (!enabled) {
      return;
    }
    String title = "新しいタスク: " + task.getName();
    String body = "「" + task.getName() + "」があなたの対応を待っています。";
    String link = "/task.xhtml?id=" + task.getId();
    if (task.getAssignee() != null) {
      notifications.toUsers(List.of(task.getAssignee()), title, body, link);
      return;
    }
    Set<IdentityLink> candidates = task.getCandidates();
    candidates.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .forEach(candidate -> {
          if (candidate.getGroupId() != null) {
            notifications.toRole(candidate.getGroupId(), title, body, link);
          } else if (candidate.getUserId() != null) {
            notifications.toUsers(List.of(candidate.getUserId()), title, body, link);
          }
        });
  }
}
