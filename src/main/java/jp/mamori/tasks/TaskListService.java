package jp.mamori.tasks;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.security.StaffPrincipal;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/**
 * The task list over the engine's task query: the visibility rule (assigned to me, or a candidate through my
 * roles or by name) and every filter are query criteria, and a page is fetched with {@code listPage}, so the
 * database does the work however many tasks are open.
 */
@Service
public class TaskListService {

  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final StaffDirectory staff;
  private final Clock clock;

  TaskListService(TaskService taskService, RepositoryService repositoryService, RuntimeService runtimeService,
      StaffDirectory staff, Clock clock) {
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.staff = staff;
    this.clock = clock;
  }

  public long count(StaffPrincipal user, TaskFilter filter) {
    return query(user, filter).count();
  }

  public List<TaskRow> page(StaffPrincipal user, TaskFilter filter, int first, int max, TaskSort sort,
      boolean ascending) {
    TaskQuery query = query(user, filter);
    order(query, sort, ascending);
    return toRows(query.listPage(first, max));
  }

  /** The task, if this user may see it: assigned to them or open to them as a candidate. */
  public Optional<Task> visibleTask(StaffPrincipal user, String taskId) {
    TaskQuery query = taskService.createTaskQuery().taskId(taskId).initializeFormKeys();
    visibleTo(query, user, TaskScope.ALL);
    return Optional.ofNullable(query.singleResult());
  }

  public Optional<TaskRow> visibleRow(StaffPrincipal user, String taskId) {
    return visibleTask(user, taskId).map(t -> toRows(List.of(t)).get(0));
  }

  /** The procedures that currently have a deployed version, for the filter's drop-down. */
  public List<ProcessDefinition> procedures() {
    return repositoryService.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionName().asc()
        .list();
  }

  private TaskQuery query(StaffPrincipal user, TaskFilter filter) {
    TaskQuery query = taskService.createTaskQuery().active();
    visibleTo(query, user, filter.scope());
    if (filter.procedureKey() != null && !filter.procedureKey().isBlank()) {
      query.processDefinitionKey(filter.procedureKey());
    }
    ZoneId zone = clock.getZone();
    if (filter.dueFrom() != null) {
      query.dueAfter(Date.from(filter.dueFrom().atStartOfDay(zone).toInstant().minusMillis(1)));
    }
    if (filter.dueTo() != null) {
      query.dueBefore(Date.from(filter.dueTo().plusDays(1).atStartOfDay(zone).toInstant()));
    }
    if (filter.overdueOnly()) {
      query.dueBefore(Date.from(clock.instant()));
    }
    return query;
  }

  private static void visibleTo(TaskQuery query, StaffPrincipal user, TaskScope scope) {
    switch (scope) {
      case MINE -> query.taskAssignee(user.userId());
      // taskCandidateUser covers tasks offered to the user by name and through any of their groups
      case ROLES -> query.taskCandidateUser(user.userId());
      case ALL -> query.or().taskAssignee(user.userId()).taskCandidateUser(user.userId()).endOr();
    }
  }

  private static void order(TaskQuery query, TaskSort sort, boolean ascending) {
    switch (sort) {
      case DUE -> query.orderByDueDate();
      case NAME -> query.orderByTaskName();
      case PRIORITY -> query.orderByTaskPriority();
      case CREATED -> query.orderByTaskCreateTime();
    }
    if (ascending) {
      query.asc();
    } else {
      query.desc();
    }
    // a stable tie-breaker, so that paging never shows a task twice or skips one
    query.orderByTaskId().asc();
  }

  private List<TaskRow> toRows(List<Task> tasks) {
    if (tasks.isEmpty()) {
      return List.of();
    }
    Map<String, ProcessDefinition> definitions = repositoryService.createProcessDefinitionQuery()
        .processDefinitionIdIn(tasks.stream().map(Task::getProcessDefinitionId).filter(Objects::nonNull).distinct().toArray(String[]::new))
        .list().stream().collect(Collectors.toMap(ProcessDefinition::getId, Function.identity()));
    Map<String, String> businessKeys = runtimeService.createProcessInstanceQuery()
        .processInstanceIds(tasks.stream().map(Task::getProcessInstanceId).filter(Objects::nonNull)
            .collect(Collectors.toSet()))
        .list().stream()
        .filter(p -> p.getBusinessKey() != null)
        .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    return tasks.stream().map(t -> {
      ProcessDefinition definition = definitions.get(t.getProcessDefinitionId());
      return new TaskRow(t.getId(), t.getName(),
          definition == null ? "" : nameOf(definition),
          definition == null ? null : definition.getKey(),
          businessKeys.get(t.getProcessInstanceId()), t.getProcessInstanceId(),
          t.getAssignee(), t.getAssignee() == null ? null : staff.displayName(t.getAssignee()),
          t.getCreateTime(), t.getDueDate(), t.getPriority(), DueState.of(t.getDueDate(), clock));
    }).toList();
  }

  static String nameOf(ProcessDefinition definition) {
    return definition.getName() != null ? definition.getName() : definition.getKey();
  }

}
