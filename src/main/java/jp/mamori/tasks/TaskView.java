package jp.mamori.tasks;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.organization.StaffMember;
import jp.mamori.process.CompletionTrail;
import jp.mamori.process.FourEyesRule;
import jp.mamori.security.CurrentUser;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.tasks.form.FormSubmission;
import jp.mamori.trail.CaseRef;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.Messages;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Backs task.xhtml: one task with its form, the case history, comments, and the task's actions. */
@Component
@ViewScoped
public class TaskView implements Serializable {


  private final transient TaskListService tasks;
  private final transient TaskActions actions;
  private final transient TaskForms forms;
  private final transient CaseHistory history;
  private final transient TaskService taskService;
  private final transient StaffDirectory staff;
  private final transient CurrentUser currentUser;
  private final transient FourEyesRule fourEyes;

  private String taskId;
  private boolean requester;
  private TaskRow task;
  private RenderedForm form;
  private List<HistoryEntry> entries;
  private String comment;
  private String delegateTo;
  private String delegateReason;

  TaskView(TaskListService tasks, TaskActions actions, TaskForms forms, CaseHistory history,
      TaskService taskService, StaffDirectory staff, CurrentUser currentUser, FourEyesRule fourEyes) {
    this.tasks = tasks;
    this.actions = actions;
    this.forms = forms;
    this.history = history;
    this.taskService = taskService;
    this.staff = staff;
    this.currentUser = currentUser;
    this.fourEyes = fourEyes;
  }

  /** f:viewAction: loads the task once per view; an invisible or finished task shows a message instead. */
  public void load() {
    if (task != null) {
      return;
    }
    StaffPrincipal user = currentUser.require();
    Task found = taskId == null ? null : tasks.visibleTask(user, taskId).orElse(null);
    if (found == null) {
      Messages.error("task.error.gone");
      return;
    }
    task = tasks.visibleRow(user, taskId).orElse(null);
    form = forms.formOf(found).orElse(null);
    requester = fourEyes.excludes(found, user.userId());
    if (requester) {
      Messages.warn("task.error.fourEyes");
    }
    refreshHistory();
  }

  public String complete() {
    StaffPrincipal user = currentUser.require();
    Map<String, Object> variables = Map.of();
    if (form != null) {
      FormSubmission submission = form.submit(locale());
      if (!submission.isValid()) {
        Messages.error("task.validation");
        return null;
      }
      variables = submission.variables();
    }
    try {
      actions.complete(user, taskId, variables, CompletionTrail.decisionOf(variables),
          CompletionTrail.reasonOf(variables));
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info("task.completed");
      return "/tasks?faces-redirect=true";
    } catch (ActionRefused e) {
      Messages.refused(e, caseRef());
      return null;
    }
  }

  public void claim() {
    act(() -> actions.claim(currentUser.require(), taskId), "task.claimed");
  }

  public void unclaim() {
    act(() -> actions.unclaim(currentUser.require(), taskId), "task.released");
  }

  public String delegate() {
    try {
      actions.delegate(currentUser.require(), taskId, delegateTo, delegateReason);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info("task.delegated");
      return "/tasks?faces-redirect=true";
    } catch (ActionRefused e) {
      Messages.refused(e, caseRef());
      return null;
    }
  }

  public void addComment() {
    act(() -> actions.comment(currentUser.require(), taskId, comment), "task.commented");
    comment = null;
    refreshHistory();
  }

  /** Colleagues who hold one of the task's roles, for the hand-over drop-down. */
  public List<StaffMember> getColleagues() {
    if (task == null) {
      return List.of();
    }
    return taskService.getIdentityLinksForTask(taskId).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
        .map(IdentityLink::getGroupId).distinct()
        .flatMap(g -> staff.membersOf(g).stream())
        .filter(m -> !m.id().equals(currentUser.getId()))
        .distinct().toList();
  }

  /** The user filed this case and the task is a decision on it (four-eyes): look, but do not act. */
  public boolean isRequester() {
    return requester;
  }

  public boolean isMine() {
    return task != null && currentUser.getId().equals(task.assignee());
  }

  private void act(Runnable action, String successKey) {
    try {
      action.run();
      Messages.info(successKey);
      task = tasks.visibleRow(currentUser.require(), taskId).orElse(task);
    } catch (ActionRefused e) {
      Messages.refused(e, caseRef());
    }
  }

  /** The case this page is about, for the trail entry of a refusal. */
  private CaseRef caseRef() {
    return task == null ? new CaseRef(null, null, taskId)
        : new CaseRef(task.processInstanceId(), task.businessKey(), taskId);
  }

  private void refreshHistory() {
    entries = task == null ? List.of() : history.of(task.processInstanceId());
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public String getTaskId() {
    return taskId;
  }

  public void setTaskId(String taskId) {
    this.taskId = taskId;
  }

  public TaskRow getTask() {
    return task;
  }

  public RenderedForm getForm() {
    return form;
  }

  public List<HistoryEntry> getHistory() {
    return entries;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getDelegateTo() {
    return delegateTo;
  }

  public void setDelegateTo(String delegateTo) {
    this.delegateTo = delegateTo;
  }

  public String getDelegateReason() {
    return delegateReason;
  }

  public void setDelegateReason(String delegateReason) {
    this.delegateReason = delegateReason;
  }

}
