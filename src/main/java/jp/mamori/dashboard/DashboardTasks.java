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
import jp.mamori.tasks.TaskCriteria;
import jp.mamori.tasks.TaskListIndexes;
import jp.mamori.tasks.TaskSort;
import jp.mamori.web.Messages;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Open and overdue tasks for the task sections, as native task queries ({@link TaskCriteria}, ADR 0037): a figure is
 * a count, a list page a deferred join on the due-date list index, so a list of 100,000 tasks is paged in the
 * database without reading the rows it skips. A role's tasks are an {@code EXISTS} on the candidate links (the
 * engine's task query joins them and removes duplicates with DISTINCT, which sorts every match). No engine identity
 * is involved: the dashboard's URL rule is the authorization (docs/dashboard.md).
 */
@Component
class DashboardTasks {

  private final TaskService taskService;
  private final ManagementService managementService;
  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final StaffDirectory staff;
  private final Clock clock;
  private final TaskListIndexes indexes;

  DashboardTasks(TaskService taskService, ManagementService managementService, RepositoryService repositoryService,
      RuntimeService runtimeService, StaffDirectory staff, Clock clock, TaskListIndexes indexes) {
    this.indexes = indexes;
    this.taskService = taskService;
    this.managementService = managementService;
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
  TaskCriteria open() {
    return TaskCriteria.open(taskService, managementService);
  }

  /** Open tasks of any version of a procedure (the versions' ids: MariaDB then joins no definitions). */
  TaskCriteria ofProcedure(String key) {
    TaskCriteria c = open();
    List<String> versions = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).list().stream()
        .map(ProcessDefinition::getId).toList();
    return c.and(versions.isEmpty() ? "1 = 0" : "RES.PROC_DEF_ID_ in (" + c.params("procedure", versions) + ")");
  }

  /**
   * Open tasks offered to a role, claimed or not (the engine's taskCandidateGroup with includeAssignedTasks); the
   * list's capped count read from the role's links (ADR 0055).
   */
  TaskCriteria ofRole(String groupId) {
    TaskCriteria c = open();
    return c.offeredThrough(List.of(c.toRoles("group", List.of(groupId))));
  }

  /**
   * Open tasks given to a person by name and offered to no role, claimed or not: assigned, or offered to a person as
   * a candidate (the engine's withoutCandidateGroups with includeAssignedTasks, without the tasks given to nobody: the
   * line is 「職員を指名したタスク」). The two halves are found apart: asked of every open task, the few without a
   * role were 0.1 s at 90,000 tasks (ADR 0056).
   */
  TaskCriteria ofNoRole() {
    TaskCriteria assigned = open().and("RES.ASSIGNEE_ is not null");
    TaskCriteria offered = open().and("RES.ASSIGNEE_ is null");
    offered.and(offered.candidateLink("I.USER_ID_ is not null"));
    return assigned.orElse(offered).withoutCandidateLink("NL.GROUP_ID_ is not null");
  }

  /** Narrows to tasks whose due date has passed. */
  TaskCriteria overdue(TaskCriteria criteria) {
    return criteria.and("RES.DUE_DATE_ < " + criteria.param("now", Date.from(clock.instant())));
  }

  /**
   * The tasks as a list: most overdue first (by due date, then id, the order of the due-date list index; tasks
   * without a due date come first, as before).
   */
  FigureList list(String title, Locale locale, Supplier<TaskCriteria> query) {
    return FigureList.of(title, List.of(ListColumn.of(locale, "name", "tasks.col.name"),
        ListColumn.of(locale, "procedure", "tasks.col.procedure"), ListColumn.of(locale, "case", "tasks.col.case"),
        ListColumn.of(locale, "assignee", "tasks.col.assignee"), ListColumn.of(locale, "created", "tasks.col.created"),
        ListColumn.of(locale, "due", "tasks.col.due"), ListColumn.of(locale, "dueState", "dashboard.col.dueState")),
        () -> query.get().count(), cap -> query.get().countUpTo(cap),
        (first, max) -> {
          TaskCriteria criteria = query.get();
          indexes.forOrder(TaskSort.DUE).ifPresent(criteria::pageOn);
          return rows(criteria.page("RES.DUE_DATE_ asc, RES.ID_ asc", first, max), locale);
        });
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
