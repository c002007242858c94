package jp.mamori.tasks;

import jp.mamori.notification.Notifications;
import jp.mamori.notification.TaskLink;
import jp.mamori.web.LocaleSelection;
import jp.mamori.process.ModelLabels;
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
import jp.mamori.security.PatientDataReads;
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
  private final transient PatientDataReads patientDataReads;
  private final transient jp.mamori.organization.RoleTitles roleTitles;
  private final transient Notifications notifications;

  private String taskId;
  private String taskDefinitionKey;
  private boolean requester;
  private boolean returnable;
  private TaskRow task;
  private RenderedForm form;
  private List<HistoryEntry> entries;
  private String comment;
  private String delegateTo;
  private String delegateReason;

  TaskView(TaskListService tasks, TaskActions actions, TaskForms forms, CaseHistory history,
      TaskService taskService, StaffDirectory staff, CurrentUser currentUser, FourEyesRule fourEyes,
      PatientDataReads patientDataReads, jp.mamori.organization.RoleTitles roleTitles,
      Notifications notifications) {
    this.notifications = notifications;
    this.patientDataReads = patientDataReads;
    this.roleTitles = roleTitles;
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
    if (taskId != null) {
      // read even when the task is gone (another member of the role did it): the notice has nothing left to ask
      notifications.opened(user.userId(), TaskLink.of(taskId));
    }
    if (found == null) {
      Messages.error("task.error.gone");
      return;
    }
    task = tasks.visibleRow(user, taskId).orElse(null);
    form = forms.formOf(found).orElse(null);
    taskDefinitionKey = found.getTaskDefinitionKey();
    // the access log of patient data (ADR 0026): a task page shows its case's data
    patientDataReads.caseViewed(found.getProcessInstanceId(), "task.xhtml " + taskDefinitionKey);
    requester = fourEyes.excludes(found, user.userId());
    // a task offered to no role or person cannot be given back (ADR 0058): no button that can only be refused
    returnable = user.userId().equals(found.getAssignee()) && taskService.getIdentityLinksForTask(taskId).stream()
        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()));
    if (requester) {
      Messages.warn("task.error.fourEyes");
      // who can decide instead: the task's people who are not excluded
      String others = String.join("、", whoElseCanAct(found, user));
      if (!others.isEmpty()) {
        Messages.warn("task.fourEyes.instead", others);
      } else {
        Messages.warn("task.fourEyes.nobodyElse", superiors(found));
      }
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
    // the case's tasks open before: a sibling (another self-check) is a next task, not the case coming back
    java.util.Set<String> openBefore = task == null ? java.util.Set.of()
        : taskService.createTaskQuery().processInstanceId(task.processInstanceId()).list().stream()
            .map(Task::getId).collect(java.util.stream.Collectors.toSet());
    try {
      actions.complete(user, taskId, variables, CompletionTrail.decisionOf(variables),
          CompletionTrail.reasonOf(variables));
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Task next = task == null ? null : nextOfCase(user, task.processInstanceId());
      if (next == null) {
        Messages.info("task.completed");
        return "/tasks?faces-redirect=true";
      }
      if (next.getTaskDefinitionKey().equals(taskDefinitionKey) && !openBefore.contains(next.getId())) {
        // the model sent the case back to this very step: say so at once, with what the form says is missing
        List<String> why = forms.formOf(next).map(RenderedForm::returnReasons).orElse(List.of());
        Messages.warn(why.isEmpty() ? "task.returned" : "task.returned.why", nameOf(next), String.join(" / ", why));
      } else {
        Messages.info("task.completed.next", nameOf(next));
      }
      return "/task?faces-redirect=true&id=" + next.getId();
    } catch (ActionRefused e) {
      Messages.refused(e, caseRef());
      return null;
    }
  }

  private static String nameOf(Task task) {
    return ModelLabels.element(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getName());
  }

  public String claim() {
    return actAndShowAgain(() -> actions.claim(currentUser.require(), taskId), "task.claimed");
  }

  public String unclaim() {
    return actAndShowAgain(() -> actions.unclaim(currentUser.require(), taskId), "task.released");
  }

  /**
   * Claiming and releasing load the task page again (post, redirect, get) instead of redrawing it in place: in the
   * frame beside the task list (ADR 0030) the list sees the page load and refreshes, so its row shows the new holder.
   */
  private String actAndShowAgain(Runnable action, String successKey) {
    try {
      action.run();
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info(successKey);
      return "/task?faces-redirect=true&id=" + taskId;
    } catch (ActionRefused e) {
      Messages.refused(e, caseRef());
      return null;
    }
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

  /**
   * The case's next task the user can work on right now (held by them, or open to their roles and not excluded by
   * four-eyes), newest first: the page opens it instead of going back to the list.
   */
  private Task nextOfCase(StaffPrincipal user, String processInstanceId) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).active().initializeFormKeys()
        .orderByTaskCreateTime().desc().list().stream()
        .filter(t -> t.getAssignee() == null || t.getAssignee().equals(user.userId()))
        .filter(t -> tasks.visibleTask(user, t.getId()).isPresent())
        .filter(t -> !fourEyes.excludes(t, user.userId()))
        .findFirst().orElse(null);
  }

  /** The people who may act on the task when this user may not: its candidates, minus those four-eyes excludes. */
  private List<String> whoElseCanAct(Task found, StaffPrincipal user) {
    return taskService.getIdentityLinksForTask(found.getId()).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
        .flatMap(l -> l.getGroupId() != null ? staff.membersOf(l.getGroupId()).stream().map(StaffMember::id)
            : java.util.stream.Stream.of(l.getUserId()))
        .distinct()
        .filter(id -> !id.equals(user.userId()) && !fourEyes.excludes(found, id))
        .map(staff::displayName).toList();
  }

  /** The roles above the task's roles, with their members' names: whom to ask when nobody else may act. */
  private String superiors(Task found) {
    boolean english = Locale.ENGLISH.getLanguage().equals(locale().getLanguage());
    return taskService.getIdentityLinksForTask(found.getId()).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
        .flatMap(l -> jp.mamori.organization.Role.ofGroupId(l.getGroupId()).flatMap(r -> r.superior()).stream())
        .distinct()
        .map(r -> (english ? r.nameEn() : r.nameJa()) + " (" + String.join("、",
            staff.membersOf(r.groupId()).stream().map(StaffMember::displayName).toList()) + ")")
        .reduce((a, b) -> a + "、" + b).orElse("—");
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

  /**
   * Why the hand-over list is empty (issue #17 item 6), or null when it is not: the task is offered to no role
   * (it names its person), or nobody else holds its roles.
   */
  public String getHandOverEmptyReason() {
    if (task == null || !getColleagues().isEmpty()) {
      return null;
    }
    List<String> roles = taskService.getIdentityLinksForTask(taskId).stream()
        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
        .map(l -> roleTitles.title(l.getGroupId(), locale()))
        .distinct().toList();
    return roles.isEmpty() ? Messages.text(locale(), "task.delegate.none.named")
        : Messages.text(locale(), "task.delegate.none.alone", String.join("、", roles));
  }

  /** The user filed this case and the task is a decision on it (four-eyes): look, but do not act. */
  public boolean isRequester() {
    return requester;
  }

  public boolean isMine() {
    return task != null && currentUser.getId().equals(task.assignee());
  }

  /** The user holds the task and it has a role or person to go back to. */
  public boolean isReturnable() {
    return returnable && isMine();
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
    entries = task == null ? List.of() : history.of(task.processInstanceId(), locale());
  }

  /** The session's language: also right in a view action, before the view's locale is set. */
  private static Locale locale() {
    return LocaleSelection.current();
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
