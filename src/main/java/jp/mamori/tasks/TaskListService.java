package jp.mamori.tasks;

import jp.mamori.process.ModelLabels;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.security.StaffPrincipal;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The task list over the engine's task table: the visibility rule (assigned to me, or a candidate through my
 * roles or by name) and every filter are query criteria of a native task query, and a page is fetched with
 * {@code listPage}, so the database does the work however many tasks are open. A single task is still looked up
 * with the engine's task query ({@link #visibleTask}).
 */
@Service
public class TaskListService {

  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final IdentityService identityService;
  private final StaffDirectory staff;
  private final Clock clock;
  private final TaskListIndexes indexes;
  private final NamedParameterJdbcTemplate jdbc;
  private final TaskOffers offers;

  TaskListService(TaskService taskService, RepositoryService repositoryService, RuntimeService runtimeService,
      ManagementService managementService, IdentityService identityService, StaffDirectory staff, Clock clock,
      TaskListIndexes indexes, NamedParameterJdbcTemplate jdbc, TaskOffers offers) {
    this.indexes = indexes;
    this.offers = offers;
    this.jdbc = jdbc;
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.identityService = identityService;
    this.staff = staff;
    this.clock = clock;
  }

  public long count(StaffPrincipal user, TaskFilter filter) {
    if (filter.scope() == TaskScope.ALL) {
      return count(user, filter.within(TaskScope.ROLES)) + count(user, filter.within(TaskScope.MINE));
    }
    return criteria(user, filter).count();
  }

  /**
   * The list's size, counted no further than {@code cap} + 1: the database stops at the cap instead of visiting every
   * visible task (a full count of 100,000 took 190–310 ms on MariaDB). A result above {@code cap} means "more than
   * cap" (the table shows 「1,000件以上」, ADR 0031, ADR 0040).
   */
  public long countUpTo(StaffPrincipal user, TaskFilter filter, int cap) {
    if (filter.scope() == TaskScope.ALL) {
      // "all" is "my roles'" (unassigned) and "mine" (assigned to me): disjoint, and each counted on its own best
      // plan. As one OR, MariaDB visited every open task for a user whose roles hold few of them (0.38 s at 100,000
      // open tasks against 0.4 ms, ADR 0054)
      long roles = countUpTo(user, filter.within(TaskScope.ROLES), cap);
      return roles > cap ? roles : Math.min(cap + 1L, roles + countUpTo(user, filter.within(TaskScope.MINE), cap));
    }
    if (filter.scope() == TaskScope.ROLES && !filter.narrowsTasks()) {
      return offeredUpTo(user, cap);
    }
    return criteria(user, filter).countUpTo(cap);
  }

  /**
   * The unclaimed tasks offered to the user by name or through their roles, counted up to the cap from the user's
   * candidate links (on the engine's indexes of a link's person and role) instead of task by task (ADR 0055).
   */
  private long offeredUpTo(StaffPrincipal user, int cap) {
    return offered(TaskCriteria.open(taskService, managementService), user).countUpTo(cap);
  }

  /** These tasks, unclaimed and offered to the user, as a set of ways into the links (ADR 0055). */
  private TaskCriteria offered(TaskCriteria c, StaffPrincipal user) {
    return c.and("RES.ASSIGNEE_ is null").offeredThrough(waysTo(c, user));
  }

  public List<TaskRow> page(StaffPrincipal user, TaskFilter filter, int first, int max, TaskSort sort,
      boolean ascending) {
    return page(user, filter, first, max, sort, ascending, -1);
  }

  /**
   * A page, given the list's size as {@link #count} just gave it (or -1: unknown, or capped by {@link #countUpTo}).
   * A page in the back half is read as the
   * mirror page of the reversed order and turned round: the database skips at most half the list, and the last
   * page costs what the first does. The order is total (the id breaks ties), so the mirror holds the same rows.
   */
  public List<TaskRow> page(StaffPrincipal user, TaskFilter filter, int first, int max, TaskSort sort,
      boolean ascending, long total) {
    boolean mirrored = total > 0 && first < total && first > total / 2;
    int offset = first;
    int rows = max;
    if (mirrored) {
      long end = Math.min(total, (long) first + max);
      offset = (int) (total - end);
      rows = (int) (end - first);
    }
    String order = orderBy(sort, ascending != mirrored);
    List<Task> tasks;
    if (filter.scope() != TaskScope.MINE && sort == TaskSort.CREATED && !shortList(total) && offers.ready()) {
      // a long list in creation order: "my roles'" read from the offers, each role on its own index, the filter
      // asked of each task read (ADR 0057); "mine" on its own index of (assignee, creation time), which MariaDB takes
      // by itself
      TaskCriteria roles = offered(narrowed(filter), user).pagedFromOffers();
      tasks = (filter.scope() == TaskScope.ALL ? roles.orElse(criteria(user, filter.within(TaskScope.MINE))) : roles)
          .page(order, offset, rows);
    } else if (filter.scope() == TaskScope.ALL && shortList(total)) {
      tasks = criteria(user, filter.within(TaskScope.ROLES)).orElse(criteria(user, filter.within(TaskScope.MINE)))
          .page(order, offset, rows);
    } else {
      TaskCriteria criteria = criteria(user, filter);
      if (filter.scope() != TaskScope.MINE && !shortList(total)) {
        // "mine" is narrow by nature and found best on the assignee index, a short list from its links; a long one
        // on the list index of its order (ADR 0037)
        indexes.forOrder(sort).ifPresent(criteria::pageOn);
      }
      tasks = criteria.page(order, offset, rows);
    }
    if (mirrored) {
      tasks = new ArrayList<>(tasks);
      Collections.reverse(tasks);
    }
    return toRows(tasks);
  }

  /**
   * A list known to be within the table's cap: MariaDB then finds "my roles'" tasks from their links and sorts them
   * (0.5 ms for 98 of 100,000 open tasks), where the list index would be scanned until the page is full (13–35 ms);
   * "all" is read as its two halves, since as one {@code OR} without the list index MariaDB sorted every visible task
   * (ADR 0055).
   */
  private static boolean shortList(long total) {
    return total >= 0 && total <= TaskLazyModel.COUNT_CAP;
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

  /**
   * The list's criteria as SQL over the engine's task table. The engine's own task query cannot say "assigned to me
   * or a candidate through my roles" without joining the identity links and de-duplicating with DISTINCT, which
   * makes the database build and sort every visible task before it can cut out a page (docs/benchmarks.md). As an
   * EXISTS test the candidacy needs no DISTINCT, and a page in creation order is read straight off the index on
   * CREATE_TIME_. The rule is the one {@link #visibleTo} gives the engine query for a single task.
   */
  private TaskCriteria criteria(StaffPrincipal user, TaskFilter filter) {
    TaskCriteria c = narrowed(filter);
    // last: MariaDB tests the conditions in this order, and the plain columns are cheaper than the EXISTS
    String assignedToMe = "RES.ASSIGNEE_ = " + c.param("userId", user.userId());
    switch (filter.scope()) {
      case MINE -> c.and(assignedToMe);
      case ROLES -> c.and(candidate(c, user));
      case ALL -> c.and("(" + assignedToMe + " or " + candidate(c, user) + ")");
    }
    return c;
  }

  /** The open tasks that meet the filter's own conditions (procedure, due dates, overdue), whoever may see them. */
  private TaskCriteria narrowed(TaskFilter filter) {
    TaskCriteria c = TaskCriteria.open(taskService, managementService);
    if (filter.procedureKey() != null && !filter.procedureKey().isBlank()) {
      // the versions' ids, not a sub-select on the key: MariaDB then reads the page off the CREATE_TIME_ index
      // instead of joining the definitions first and sorting every match (docs/benchmarks.md)
      List<String> versions = repositoryService.createProcessDefinitionQuery()
          .processDefinitionKey(filter.procedureKey()).list().stream().map(ProcessDefinition::getId).toList();
      c.and(versions.isEmpty() ? "1 = 0" : "RES.PROC_DEF_ID_ in (" + c.params("procedure", versions) + ")");
    }
    ZoneId zone = clock.getZone();
    if (filter.dueFrom() != null) {
      c.and("RES.DUE_DATE_ >= " + c.param("dueFrom", Date.from(filter.dueFrom().atStartOfDay(zone).toInstant())));
    }
    if (filter.dueTo() != null) {
      c.and("RES.DUE_DATE_ < "
          + c.param("dueTo", Date.from(filter.dueTo().plusDays(1).atStartOfDay(zone).toInstant())));
    }
    if (filter.overdueOnly()) {
      c.and("RES.DUE_DATE_ < " + c.param("now", Date.from(clock.instant())));
    }
    return c;
  }

  /** Unclaimed and offered to the user by name or through one of their groups, as the engine's candidateUser. */
  private String candidate(TaskCriteria c, StaffPrincipal user) {
    return "(RES.ASSIGNEE_ is null and " + c.candidateLink(waysTo(c, user)) + ")";
  }

  /**
   * The user's ways into the candidate links: by name, and through their roles, read at query time as the engine's
   * taskCandidateUser reads them.
   */
  private List<TaskCriteria.LinkWay> waysTo(TaskCriteria c, StaffPrincipal user) {
    List<TaskCriteria.LinkWay> ways = new ArrayList<>();
    ways.add(c.toPerson("candidateUser", user.userId()));
    List<String> groups = identityService.createGroupQuery().groupMember(user.userId()).list().stream()
        .map(Group::getId).toList();
    if (!groups.isEmpty()) {
      ways.add(c.toRoles("group", groups));
    }
    return ways;
  }

  private static void visibleTo(TaskQuery query, StaffPrincipal user, TaskScope scope) {
    switch (scope) {
      case MINE -> query.taskAssignee(user.userId());
      // taskCandidateUser covers tasks offered to the user by name and through any of their groups
      case ROLES -> query.taskCandidateUser(user.userId());
      case ALL -> query.or().taskAssignee(user.userId()).taskCandidateUser(user.userId()).endOr();
    }
  }

  /**
   * The sort column, then the id as a tie-breaker so that paging never shows a task twice or skips one. The
   * tie-breaker runs in the same direction as the column: an index on the column (which carries the id as its last
   * part) then delivers the rows already in order, and the database stops after one page.
   */
  private static String orderBy(TaskSort sort, boolean ascending) {
    String column = switch (sort) {
      case DUE -> "RES.DUE_DATE_";
      case NAME -> "RES.NAME_";
      case PRIORITY -> "RES.PRIORITY_";
      case CREATED -> "RES.CREATE_TIME_";
    };
    String direction = ascending ? " asc" : " desc";
    return column + direction + ", RES.ID_" + direction;
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
    Map<String, String> subjects = subjectsOf(tasks);
    Map<String, List<CandidateLink>> links = candidateLinksOf(tasks.stream().filter(t -> t.getAssignee() == null)
        .map(Task::getId).toList());
    // a page of "my" tasks names the same assignee on every row, a page of a role the same members: once a page
    Map<String, String> names = new HashMap<>();
    Function<String, String> name = id -> names.computeIfAbsent(id, staff::displayName);
    Map<String, List<TaskRow.Candidate>> groups = new HashMap<>();
    return tasks.stream().map(t -> {
      ProcessDefinition definition = definitions.get(t.getProcessDefinitionId());
      return new TaskRow(t.getId(),
          ModelLabels.element(t.getProcessDefinitionId(), t.getTaskDefinitionKey(), t.getName()),
          definition == null ? "" : nameOf(definition),
          definition == null ? null : definition.getKey(),
          businessKeys.get(t.getProcessInstanceId()), t.getProcessInstanceId(),
          t.getAssignee(), t.getAssignee() == null ? null : name.apply(t.getAssignee()),
          t.getCreateTime(), t.getDueDate(), t.getPriority(), DueState.of(t.getDueDate(), clock),
          subjects.get(t.getId()),
          t.getAssignee() == null ? candidatesOf(links.getOrDefault(t.getId(), List.of()), groups, name) : List.of());
    }).toList();
  }

  /** The page's task subjects ({@link TaskRow#SUBJECT_VARIABLE}) in one query. */
  private Map<String, String> subjectsOf(List<Task> tasks) {
    Map<String, String> subjects = new HashMap<>();
    runtimeService.createVariableInstanceQuery().taskIdIn(tasks.stream().map(Task::getId).toArray(String[]::new))
        .variableName(TaskRow.SUBJECT_VARIABLE).disableBinaryFetching().list()
        .forEach(v -> {
          if (v.getValue() != null && v.getTaskId() != null) {
            subjects.put(v.getTaskId(), v.getValue().toString());
          }
        });
    return subjects;
  }

  /** A task's candidate link: a role or a person. */
  private record CandidateLink(String groupId, String userId) {}

  /**
   * The candidate links of a page's unclaimed tasks in one query. The engine has no query for the links of many
   * tasks, and asking it task by task cost one command (with its authorization checks) per row (ADR 0037).
   */
  private Map<String, List<CandidateLink>> candidateLinksOf(List<String> taskIds) {
    Map<String, List<CandidateLink>> links = new HashMap<>();
    if (taskIds.isEmpty()) {
      return links;
    }
    jdbc.query("select TASK_ID_, GROUP_ID_, USER_ID_ from " + TaskCriteria.identityLinkTable(managementService)
            + " where TYPE_ = 'candidate' and TASK_ID_ in (:tasks)"
            + " order by TASK_ID_, case when GROUP_ID_ is null then 1 else 0 end, GROUP_ID_, USER_ID_",
        Map.of("tasks", taskIds), (RowCallbackHandler) rs -> links
            .computeIfAbsent(rs.getString(1), t -> new ArrayList<>())
            .add(new CandidateLink(rs.getString(2), rs.getString(3))));
    return links;
  }

  /** Who may take an unclaimed task: its roles with their members (each role read once a page), then people. */
  private List<TaskRow.Candidate> candidatesOf(List<CandidateLink> links, Map<String, List<TaskRow.Candidate>> groups,
      Function<String, String> name) {
    List<TaskRow.Candidate> candidates = new ArrayList<>();
    for (CandidateLink link : links) {
      if (link.groupId() != null) {
        candidates.addAll(groups.computeIfAbsent(link.groupId(), g -> List.of(new TaskRow.Candidate(g,
            staff.memberNamesOf(g)))));
      } else if (link.userId() != null) {
        candidates.add(new TaskRow.Candidate(null, List.of(name.apply(link.userId()))));
      }
    }
    return candidates;
  }

  /** The procedure's name in the current user's language (ADR 0029). */
  static String nameOf(ProcessDefinition definition) {
    return ModelLabels.procedure(definition.getKey(), definition.getName());
  }

}
