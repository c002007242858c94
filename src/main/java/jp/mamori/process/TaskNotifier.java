package jp.mamori.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.notification.Notifications;
import jp.mamori.notification.TaskLink;
import jp.mamori.web.StoredText;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the people a new task is for: its assignee, or everyone holding one of its roles. The message names the
 * task and links to it; it never carries the case's personal data, which stays behind the login.
 *
 * <p>When the task is done — completed by one of the role's members on any channel, or deleted with its case — the
 * notices about it are read for everyone: the colleagues' bell no longer counts work that is no longer theirs.
 *
 * <p>One step can create many tasks at once (an audit creates a self-check per ledger entry). Those of the same
 * step and case for the same recipient become one notice with their number, sent when the work commits, so an
 * information manager with 500 ledger entries gets one mail, not 500. That notice is read when the last of the
 * assignee's tasks in the case is done.
 */
@Component
class TaskNotifier {

  private final Notifications notifications;
  private final boolean enabled;

  TaskNotifier(Notifications notifications,
      @Value("${mamori.notifications.on-new-task:true}") boolean enabled) {
    this.notifications = notifications;
    this.enabled = enabled;
  }

  /** One listener for the task's events: Spring's dispatch of each engine event to each listener costs (issue 18). */
  @EventListener
  public void taskChanged(DelegateTask task) {
    if (!enabled) {
      return;
    }
    if (EngineEvents.isTask(task, TaskListener.EVENTNAME_CREATE)) {
      taskCreated(task);
    } else if (EngineEvents.isTask(task, TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE)) {
      taskDone(task);
    }
  }

  private void taskDone(DelegateTask task) {
    Batch batch = (Batch) TransactionSynchronizationManager.getResource(this);
    if (batch != null) {
      batch.forget(task.getId()); // created in this transaction: its notice is not written yet
    }
    notifications.taskDone(task.getId());
    if (isOneOfMany(task) && task.getAssignee() != null
        && (EngineEvents.isTask(task, TaskListener.EVENTNAME_DELETE) || isTheirLastInTheCase(task))) {
      notifications.lastOfTheirTasksDone(task.getAssignee(), task.getProcessInstanceId());
    }
  }

  /** One of the tasks a step creates at once (multi-instance), which one notice per recipient stands for. */
  private static boolean isOneOfMany(DelegateTask task) {
    UserTask userTask = task.getBpmnModelElementInstance();
    return userTask != null && userTask.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics;
  }

  /**
   * The assignee has no other open task in the case, whoever completes this one: counted without the completing
   * user's rights, and the task being done is still stored until its command ends.
   */
  private static boolean isTheirLastInTheCase(DelegateTask task) {
    long open = Context.getCommandContext().runWithoutAuthorization(() -> task.getProcessEngineServices()
        .getTaskService().createTaskQuery()
        .processInstanceId(task.getProcessInstanceId())
        .taskAssignee(task.getAssignee())
        .count());
    return open <= 1;
  }

  private void taskCreated(DelegateTask task) {
    NewTask created = NewTask.of(task);
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      send(List.of(created));
      return;
    }
    Batch batch = (Batch) TransactionSynchronizationManager.getResource(this);
    if (batch == null) {
      batch = new Batch();
      TransactionSynchronizationManager.bindResource(this, batch);
      TransactionSynchronizationManager.registerSynchronization(batch);
    }
    batch.add(created);
  }

  private void send(List<NewTask> sameStep) {
    Map<Recipient, List<NewTask>> byRecipient = new LinkedHashMap<>();
    for (NewTask task : sameStep) {
      task.recipients().forEach(r -> byRecipient.computeIfAbsent(r, k -> new ArrayList<>()).add(task));
    }
    byRecipient.forEach((recipient, tasks) -> {
      NewTask first = tasks.get(0);
      boolean one = tasks.size() == 1;
      String count = String.valueOf(tasks.size());
      // the step's name from the model's label file in each reader's language (ADR 0032)
      StoredText.Arg name = StoredText.step(first.definition(), first.element(), first.name());
      StoredText title = one ? StoredText.of("process.notice.newTask", name)
          : StoredText.of("process.notice.newTasks", name, StoredText.plain(count));
      StoredText body = one ? StoredText.of("process.notice.newTask.body", name)
          : StoredText.of("process.notice.newTasks.body", name, StoredText.plain(count));
      String link = one ? TaskLink.of(first.id()) : TaskLink.TASK_LIST;
      // the case is known here: the notice needs no lookup of it in the history
      if (recipient.role()) {
        notifications.aboutCaseToRole(first.caseId(), recipient.id(), title, body, link);
      } else {
        notifications.aboutCase(first.caseId(), List.of(recipient.id()), title, body, link);
      }
    });
  }

  /** Read when the task is created: the engine's task object is not to be kept past its event. */
  private record NewTask(String id, String name, String definition, String element, String caseId,
      List<Recipient> recipients) {
    static NewTask of(DelegateTask task) {
      List<Recipient> recipients = new ArrayList<>();
      if (task.getAssignee() != null) {
        recipients.add(new Recipient(task.getAssignee(), false));
      } else {
        task.getCandidates().stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).forEach(l -> {
          if (l.getGroupId() != null) {
            recipients.add(new Recipient(l.getGroupId(), true));
          } else if (l.getUserId() != null) {
            recipients.add(new Recipient(l.getUserId(), false));
          }
        });
      }
      return new NewTask(task.getId(), task.getName(), task.getProcessDefinitionId(), task.getTaskDefinitionKey(),
          task.getProcessInstanceId(), List.copyOf(recipients));
    }

    String stepOfCase() {
      return caseId + "/" + element;
    }
  }

  private record Recipient(String id, boolean role) {}

  /** The new tasks of one transaction, sent per step of a case just before it commits. */
  private final class Batch implements TransactionSynchronization {
    private final Map<String, List<NewTask>> byStep = new LinkedHashMap<>();

    void add(NewTask task) {
      byStep.computeIfAbsent(task.stepOfCase(), k -> new ArrayList<>()).add(task);
    }

    void forget(String taskId) {
      byStep.values().forEach(tasks -> tasks.removeIf(task -> task.id().equals(taskId)));
      byStep.values().removeIf(List::isEmpty);
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      TransactionSynchronizationManager.unbindResource(TaskNotifier.this);
      byStep.values().forEach(TaskNotifier.this::send);
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(TaskNotifier.this);
    }
  }
}
