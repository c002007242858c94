package jp.mamori.tasks;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.security.CurrentUser;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.Messages;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/** Backs tasks.xhtml: the lazy table, its filters, and claim / release from the list. */
@Component
@ViewScoped
public class TaskListView implements Serializable {

  private final transient TaskListService tasks;
  private final transient TaskActions actions;
  private final transient CurrentUser currentUser;

  private TaskScope scope = TaskScope.ALL;
  private String procedureKey;
  private LocalDate dueFrom;
  private LocalDate dueTo;
  private boolean overdueOnly;
  private TaskLazyModel model;

  TaskListView(TaskListService tasks, TaskActions actions, CurrentUser currentUser) {
    this.tasks = tasks;
    this.actions = actions;
    this.currentUser = currentUser;
  }

  /** The paginator's report: the count, or 「1,000件以上」 when the count stopped at its cap (ADR 0040). */
  public String getPageReport() {
    TaskLazyModel current = getModel();
    return TaskLazyModel.pageReport(current.isCapped(), current.getRowCount(),
        FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public TaskLazyModel getModel() {
    if (model == null) {
      model = new TaskLazyModel(tasks, currentUser.require(), this::filter);
    } else if (model.detached()) {
      model.attach(tasks, this::filter);
    }
    return model;
  }

  public TaskFilter filter() {
    return new TaskFilter(scope, procedureKey, dueFrom, dueTo, overdueOnly);
  }

  public List<ProcessDefinition> getProcedures() {
    return tasks.procedures();
  }

  /** A procedure of the filter in the user's language. */
  public String procedureName(ProcessDefinition definition) {
    return TaskListService.nameOf(definition);
  }

  public void claim(String taskId) {
    try {
      actions.claim(currentUser.require(), taskId);
      Messages.info("task.claimed");
    } catch (ActionRefused e) {
      Messages.refused(e, actions.caseOfTask(taskId));
    }
  }

  public void unclaim(String taskId) {
    try {
      actions.unclaim(currentUser.require(), taskId);
      Messages.info("task.released");
    } catch (ActionRefused e) {
      Messages.refused(e, actions.caseOfTask(taskId));
    }
  }

  public void clearFilters() {
    procedureKey = null;
    dueFrom = null;
    dueTo = null;
    overdueOnly = false;
  }

  public boolean isMine(TaskRow row) {
    return currentUser.getId().equals(row.assignee());
  }

  public TaskScope[] getScopes() {
    return TaskScope.values();
  }

  public TaskScope getScope() {
    return scope;
  }

  public void setScope(TaskScope scope) {
    this.scope = scope == null ? TaskScope.ALL : scope;
  }

  public String getProcedureKey() {
    return procedureKey;
  }

  public void setProcedureKey(String procedureKey) {
    this.procedureKey = procedureKey;
  }

  public LocalDate getDueFrom() {
    return dueFrom;
  }

  public void setDueFrom(LocalDate dueFrom) {
    this.dueFrom = dueFrom;
  }

  public LocalDate getDueTo() {
    return dueTo;
  }

  public void setDueTo(LocalDate dueTo) {
    this.dueTo = dueTo;
  }

  public boolean isOverdueOnly() {
    return overdueOnly;
  }

  public void setOverdueOnly(boolean overdueOnly) {
    this.overdueOnly = overdueOnly;
  }
}
