package jp.mamori.dashboard;

import jp.mamori.process.ModelLabels;
import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.tasks.DueState;
import jp.mamori.web.Messages;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Open and overdue tasks for the task sections, through the engine's public task query: a figure is a
 * {@code count()}, a list page a {@code listPage()}. No engine identity is set, so the engine checks no
 * authorizations and counts every task: the dashboard's URL rule is the authorization (docs/dashboard.md).
 */
@Component
class DashboardTasks {

  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final StaffDirectory staff;
  private final Clock clock;

  DashboardTasks(TaskService taskService, RepositoryService repositoryService, RuntimeService runtimeService,
      StaffDirectory staff, Clock clock) {
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.staff = staff;
    this.clock = clock;
  }

  /** The procedures with a deployed version, by name. */
  List<ProcessDefinition> procedures() {
    return repositoryService.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionName().asc()
        .list();
  }

  /** Open (not suspended) tasks. */
  TaskQuery open() {
    return taskService.createTaskQuery().active();
  }

  /** Narrows a query to tasks whose due date has passed. */
  TaskQuery overdue(TaskQuery query) {
    return query.dueBefore(Date.from(clock.instant()));
  }

  /** The tasks a query selects, as a list: most overdue first. */
  FigureList list(String title, Locale locale, Supplier<TaskQuery> query) {
    return FigureList.of(title, List.of(ListColumn.of(locale, "name", "tasks.col.name"),
        ListColumn.of(locale, "procedure", "tasks.col.procedure"), ListColumn.of(locale, "case", "tasks.col.case"),
        ListColumn.of(locale, "assignee", "tasks.col.assignee"), ListColumn.of(locale, "created", "tasks.col.created"),
        ListColumn.of(locale, "due", "tasks.col.due"), ListColumn.of(locale, "dueState", "dashboard.col.dueState")),
        () -> query.get().count(),
        (first, max) -> rows(query.get().orderByDueDate().asc().orderByTaskCreateTime().asc().orderByTaskId().asc()
            .listPage(first, max), locale));
  }

  private List<Map<String, Object>> rows(List<Task> tasks, Locale locale) {
    if (tasks.isEmpty()) {
      return List.of();
    }
    // one query each for the page's procedures and case numbers, whatever the page size
    Map<String, String> procedures = repositoryService.createProcessDefinitionQuery()
        .processDefinitionIdIn(tasks.stream().map(Task::getProcessDefinitionId).filter(Objects::nonNull).distinct()
            .toArray(String[]::new))
        .list().stream().collect(Collectors.toMap(ProcessDefinition::getId, DashboardTasks::nameOf));
    Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
        .collect(Collectors.toSet());
    Map<String, String> cases = instanceIds.isEmpty() ? Map.of() : runtimeService.createProcessInstanceQuery()
        .processInstanceIds(instanceIds).list().stream().filter(p -> p.getBusinessKey() != null)
        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    return tasks.stream().map(t -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", ModelLabels.element(locale, t.getProcessDefinitionId(), t.getTaskDefinitionKey(), t.getName()));
      row.put("procedure", procedures.get(t.getProcessDefinitionId()));
      row.put("case", cases.get(t.getProcessInstanceId()));
      row.put("assignee", t.getAssignee() == null ? Messages.text(locale, "tasks.unassigned")
          : staff.displayName(t.getAssignee()));
      row.put("created", t.getCreateTime());
      row.put("due", t.getDueDate());
      row.put("dueState", Messages.text(locale, "due." + DueState.of(t.getDueDate(), clock)));
      return row;
    }).toList();
  }

  /** The procedure's name in the current user's language (ADR 0029). */
  static String nameOf(ProcessDefinition definition) {
    return ModelLabels.procedure(definition.getKey(), definition.getName());
  }
}
