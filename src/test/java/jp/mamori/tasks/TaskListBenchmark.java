package jp.mamori.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import javax.sql.DataSource;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.testing.BulkCases;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Staff;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test: a benchmark of the task list with 100,000 open tasks (docs/benchmarks.md). Run with
 * {@code mvn test -Pbenchmark}; it runs on H2 and on MariaDB like the suite, and prints its figures as lines
 * starting with {@code BENCH} (target/surefire-reports*&#47;jp.mamori.tasks.TaskListBenchmark-output.txt).
 *
 * <p>It fills the open tasks with JDBC batches straight into the engine's tables (BulkCases; seconds), or with
 * {@code -Dmamori.bench.fill=engine} through the engine's public API (two worker threads, a few hundred process
 * instances per transaction; 100–130 s on a quiet machine, over an hour at load average 40), then times
 * {@link TaskListService#count} and {@link TaskListService#page} as the demo user nurse (role handler, offered all
 * but one in a thousand of the tasks), desk (a small role, offered that one), records-manager and privacy-lead
 * (mid-sized roles, offered the oldest and the newest three tenths as well) see them. It asserts only that the answers are right, never how long they
 * took.
 *
 * <p>System properties: {@code mamori.bench.tasks} (default 100000), {@code mamori.bench.repetitions} (20),
 * {@code mamori.bench.threads} (2), {@code mamori.bench.batch} (250); {@code mamori.bench.h2ResultReuse=true}
 * leaves H2's result cache on. The list indexes are the application's own (TaskListIndexes, ADR 0037).
 */
@Tag("benchmark")
// the same properties as DashboardBenchmark: one application context for both in one run
@TestPropertySource(properties = {"mamori.notifications.on-new-task=false", "mamori.dashboard.figures-ttl=PT1M"})
class TaskListBenchmark extends IntegrationTest {

  static final String MAIN_PROCEDURE = "benchmarkRequest";
  static final String OTHER_PROCEDURE = "benchmarkOther";
  static final String USER = "nurse";
  /** A user of a small role: the role's tasks are one in a thousand of the fill (ADR 0054). */
  static final String SMALL_ROLE_USER = "desk";
  static final String SMALL_ROLE = "medical-affairs-desk";
  /**
   * Users of two mid-sized roles, each offered three tenths of the unclaimed tasks as well as handler: the oldest
   * (in the list's order, newest first, behind 70,000 tasks the user may not see) and the newest (found last by
   * anything that reads the tasks in another order, ADR 0055).
   */
  static final String OLDEST_ROLE_USER = "records-manager";
  static final String OLDEST_ROLE = "information-manager";
  static final String NEWEST_ROLE_USER = "privacy-lead";
  static final String NEWEST_ROLE = "supervising-manager";
  static final int PAGE = 20;

  static final int TASKS = Integer.getInteger("mamori.bench.tasks", 100_000);
  static final int REPETITIONS = Integer.getInteger("mamori.bench.repetitions", 20);
  static final int WARM_UP = 5;
  static final int THREADS = Integer.getInteger("mamori.bench.threads", 2);
  static final int BATCH = Integer.getInteger("mamori.bench.batch", 250);
  /** Fill through the engine's API (minutes to an hour) instead of JDBC batches into its tables (seconds). */
  static final boolean ENGINE_FILL = "engine".equals(System.getProperty("mamori.bench.fill"));
  /** The middle of what the table pages through: the first 10,000 when the list is longer (ADR 0031). */
  static final int MIDDLE = Math.min(TaskLazyModel.COUNT_CAP, TASKS) / 2;

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired TaskListService taskList;
  @Autowired StaffDirectory staffDirectory;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired DataSource dataSource;
  @Autowired AuthorizationService authorizationService;
  @Autowired IdentityService identityService;

  /**
   * The i-th task of the fill: which procedure, whether nurse holds it, whether it is offered to the small role
   * instead of nurse's, and when it is due.
   */
  record Shape(boolean other, boolean nurse, boolean smallRole, boolean oldest, boolean newest, int dueInDays) {

    static Shape of(int i) {
      long h = mix(i);
      boolean other = (h & 0xFF) < 51; // ~20 % the second procedure
      boolean nurse = ((h >>> 8) & 0xFF) < 13; // ~5 % assigned to nurse
      int d = (int) ((h >>> 16) % 100); // ~10 % overdue by 1..10 days, the rest due in 1..90 days
      boolean smallRole = !nurse && i % 1000 == 7;
      boolean offered = !nurse && !smallRole;
      return new Shape(other, nurse, smallRole, offered && i < TASKS * 3L / 10, offered && i >= TASKS * 7L / 10,
          d < 10 ? d - 10 : d - 9);
    }

    boolean overdue() {
      return dueInDays < 0;
    }

    boolean visibleToNurse() {
      return !smallRole;
    }

    List<String> candidateGroups() {
      if (smallRole) {
        return List.of(SMALL_ROLE);
      }
      return oldest ? List.of("handler", OLDEST_ROLE) : newest ? List.of("handler", NEWEST_ROLE) : List.of("handler");
    }

    /** SplitMix64: spreads the properties independently of each other and of the index. */
    private static long mix(long x) {
      long z = x * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }
  }

  /** One measured list: whose, a filter and a page of it. */
  record Scenario(String name, StaffPrincipal user, TaskFilter filter, Supplier<Integer> first, TaskSort sort,
      boolean ascending) {}

  @Test
  void taskListLatencyWith100000OpenTasks() throws Exception {
    StaffPrincipal nurse = Staff.of(staffDirectory, USER);
    String database = databaseName();
    if (database.startsWith("H2") && !Boolean.getBoolean("mamori.bench.h2ResultReuse")) {
      // H2 answers a repeated query from the previous result while no table changed: every repetition after the
      // first would then measure that cache, not the query. The live list runs between writes; measure the query.
      try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
        statement.execute("SET OPTIMIZE_REUSE_RESULTS 0");
      }
      print("H2 result reuse (OPTIMIZE_REUSE_RESULTS) switched off for the measurement");
    }
    deploy();

    List<Scenario> scenarios = scenarios(nurse, Staff.of(staffDirectory, SMALL_ROLE_USER),
        Staff.of(staffDirectory, OLDEST_ROLE_USER), Staff.of(staffDirectory, NEWEST_ROLE_USER));
    Map<String, Long> before = counts(scenarios);

    long existing = taskService.createTaskQuery().processDefinitionKeyIn(MAIN_PROCEDURE, OTHER_PROCEDURE).count();
    int from = (int) Math.min(existing, TASKS);
    if (from >= TASKS) {
      print("fill skipped: %,d benchmark tasks already open", existing);
    } else if (ENGINE_FILL) {
      fill(from, TASKS);
    } else {
      bulkFill(from, TASKS);
    }

    // what the list must answer: what was there before plus what this run added
    Map<String, Long> expected = new LinkedHashMap<>(before);
    IntPredicate nurses = i -> Shape.of(i).visibleToNurse();
    expected.merge("ALL", count(from, TASKS, nurses), Long::sum);
    expected.merge("ROLES", count(from, TASKS, i -> nurses.test(i) && !Shape.of(i).nurse()), Long::sum);
    expected.merge("MINE", count(from, TASKS, i -> Shape.of(i).nurse()), Long::sum);
    expected.merge("PROCEDURE", count(from, TASKS, i -> nurses.test(i) && Shape.of(i).other()), Long::sum);
    expected.merge("OVERDUE", count(from, TASKS, i -> nurses.test(i) && Shape.of(i).overdue()), Long::sum);
    expected.merge("SMALL ROLE ALL", count(from, TASKS, i -> Shape.of(i).smallRole()), Long::sum);
    expected.merge("SMALL ROLE ROLES", count(from, TASKS, i -> Shape.of(i).smallRole()), Long::sum);
    expected.merge("SMALL ROLE ALL OVERDUE", count(from, TASKS, i -> Shape.of(i).smallRole() && Shape.of(i).overdue()),
        Long::sum);
    expected.merge("OLDEST ROLE ALL OVERDUE", count(from, TASKS, i -> Shape.of(i).oldest() && Shape.of(i).overdue()),
        Long::sum);
    expected.merge("OLDEST ROLE ALL PROCEDURE", count(from, TASKS, i -> Shape.of(i).oldest() && Shape.of(i).other()),
        Long::sum);
    expected.merge("OLDEST ROLE ALL", count(from, TASKS, i -> Shape.of(i).oldest()), Long::sum);
    expected.merge("OLDEST ROLE ROLES", count(from, TASKS, i -> Shape.of(i).oldest()), Long::sum);
    expected.merge("NEWEST ROLE ALL", count(from, TASKS, i -> Shape.of(i).newest()), Long::sum);
    expected.merge("NEWEST ROLE ROLES", count(from, TASKS, i -> Shape.of(i).newest()), Long::sum);
    Map<String, Long> actual = counts(scenarios);
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.get("ALL")).isGreaterThanOrEqualTo(TASKS * 99L / 100);

    long open = taskService.createTaskQuery().active().count();
    print("database=%s openTasks=%,d visibleToNurse=%,d roles=%,d mine=%,d otherProcedure=%,d overdue=%,d"
        + " visibleToDesk=%,d visibleToRecordsManager=%,d visibleToPrivacyLead=%,d", database, open,
        actual.get("ALL"), actual.get("ROLES"), actual.get("MINE"), actual.get("PROCEDURE"), actual.get("OVERDUE"),
        actual.get("SMALL ROLE ALL"), actual.get("OLDEST ROLE ALL"), actual.get("NEWEST ROLE ALL"));

    // warm-up: every query shape a few times, so the JIT, MyBatis and the database's caches are warm
    for (int r = 0; r < WARM_UP; r++) {
      for (Scenario s : scenarios) {
        long count = taskList.count(s.user(), s.filter());
        taskList.page(s.user(), s.filter(), s.first().get(), PAGE, s.sort(), s.ascending(), count);
      }
    }

    // a page near the end is read from the other end (TaskListService#page): the same rows in the same order
    int last = lastPage(actual.get("ALL"));
    assertThat(taskList.page(nurse, TaskFilter.all(), last, PAGE, TaskSort.CREATED, false, actual.get("ALL")))
        .extracting(TaskRow::id).containsExactlyElementsOf(
            taskList.page(nurse, TaskFilter.all(), last, PAGE, TaskSort.CREATED, false, -1).stream()
                .map(TaskRow::id).toList());

    String loadBefore = loadAverage();
    List<String> table = new ArrayList<>();
    table.add(String.format(Locale.ROOT, "%-34s %-6s %9s %8s %8s %8s %8s %8s", "scenario", "call", "first",
        "rows", "min", "median", "p95", "max"));
    for (Scenario s : scenarios) {
      long expectedCount = actual.get(key(s));
      int first = s.first().get();
      long[] countTimes = new long[REPETITIONS];
      long[] cappedTimes = new long[REPETITIONS];
      long[] pageTimes = new long[REPETITIONS];
      for (int r = 0; r < REPETITIONS; r++) {
        long t0 = System.nanoTime();
        long count = taskList.count(s.user(), s.filter());
        long t1 = System.nanoTime();
        // as the table's lazy model calls it: the capped count, then the page with it (-1 above the cap)
        long capped = taskList.countUpTo(s.user(), s.filter(), TaskLazyModel.COUNT_CAP);
        long t2 = System.nanoTime();
        List<TaskRow> rows = taskList.page(s.user(), s.filter(), first, PAGE, s.sort(), s.ascending(),
            capped > TaskLazyModel.COUNT_CAP ? -1 : capped);
        long t3 = System.nanoTime();
        countTimes[r] = t1 - t0;
        cappedTimes[r] = t2 - t1;
        pageTimes[r] = t3 - t2;
        assertThat(count).as(s.name()).isEqualTo(expectedCount);
        assertThat(capped).as(s.name()).isEqualTo(Math.min(expectedCount, TaskLazyModel.COUNT_CAP + 1));
        assertThat(rows).as(s.name()).hasSize((int) Math.min(PAGE, expectedCount - first));
        checkPage(s, rows);
      }
      table.add(row(s.name(), "count", "", expectedCount, countTimes));
      table.add(row(s.name(), String.format(Locale.ROOT, "count≤%,d", TaskLazyModel.COUNT_CAP), "",
          Math.min(expectedCount, TaskLazyModel.COUNT_CAP + 1), cappedTimes));
      table.add(row(s.name(), "page", String.valueOf(first), PAGE, pageTimes));
    }
    table.add(row("permission to work on a role's task", "check", "", 1, permissionCheckTimes()));
    print("task list latency in ms, %s, %,d open tasks, user %s, %d repetitions after %d warm-up rounds:",
        database, open, USER, REPETITIONS, WARM_UP);
    table.forEach(TaskListBenchmark::print);
    print("machine: %d cores, load average before/after measuring: %s / %s", Runtime.getRuntime().availableProcessors(),
        loadBefore, loadAverage());
  }

  private List<Scenario> scenarios(StaffPrincipal nurse, StaffPrincipal smallRoleUser, StaffPrincipal oldestRoleUser,
      StaffPrincipal newestRoleUser) {
    TaskFilter roles = new TaskFilter(TaskScope.ROLES, null, null, null, false);
    TaskFilter all = TaskFilter.all();
    TaskFilter overdue = new TaskFilter(TaskScope.ALL, null, null, null, true);
    return List.of(
        new Scenario("ALL first page", nurse, all, () -> 0, TaskSort.CREATED, false),
        new Scenario("ALL middle page", nurse, all, () -> MIDDLE, TaskSort.CREATED, false),
        new Scenario("ALL last page", nurse, all,
            () -> lastPage(Math.min(TaskLazyModel.COUNT_CAP, taskList.count(nurse, all))), TaskSort.CREATED, false),
        new Scenario("ALL by due asc", nurse, all, () -> 0, TaskSort.DUE, true),
        new Scenario("ALL procedure=" + OTHER_PROCEDURE, nurse,
            new TaskFilter(TaskScope.ALL, OTHER_PROCEDURE, null, null, false), () -> 0, TaskSort.CREATED, false),
        new Scenario("ALL overdue only", nurse, overdue, () -> 0, TaskSort.CREATED, false),
        new Scenario("ROLES first page", nurse, roles, () -> 0, TaskSort.CREATED, false),
        new Scenario("MINE first page", nurse, new TaskFilter(TaskScope.MINE, null, null, null, false), () -> 0,
            TaskSort.CREATED, false),
        new Scenario("SMALL ROLE ALL first page", smallRoleUser, all, () -> 0, TaskSort.CREATED, false),
        new Scenario("SMALL ROLE ROLES first page", smallRoleUser, roles, () -> 0, TaskSort.CREATED, false),
        // a short "all" narrowed by the due date: both halves read without the list index (ADR 0055)
        new Scenario("SMALL ROLE ALL overdue only", smallRoleUser, overdue, () -> 0, TaskSort.CREATED, false),
        new Scenario("OLDEST ROLE ALL overdue only", oldestRoleUser, overdue, () -> 0, TaskSort.CREATED, false),
        new Scenario("OLDEST ROLE ALL first page", oldestRoleUser, all, () -> 0, TaskSort.CREATED, false),
        new Scenario("OLDEST ROLE ROLES first page", oldestRoleUser, roles, () -> 0, TaskSort.CREATED, false),
        new Scenario("OLDEST ROLE ALL middle page", oldestRoleUser, all, () -> MIDDLE, TaskSort.CREATED, false),
        // a filter and another order than the offers' (ADR 0057)
        new Scenario("OLDEST ROLE ALL other procedure", oldestRoleUser,
            new TaskFilter(TaskScope.ALL, OTHER_PROCEDURE, null, null, false), () -> 0, TaskSort.CREATED, false),
        new Scenario("OLDEST ROLE ALL by due asc", oldestRoleUser, all, () -> 0, TaskSort.DUE, true),
        new Scenario("NEWEST ROLE ALL first page", newestRoleUser, all, () -> 0, TaskSort.CREATED, false),
        new Scenario("NEWEST ROLE ROLES first page", newestRoleUser, roles, () -> 0, TaskSort.CREATED, false));
  }

  /** The count each scenario's filter must give (scenarios on the same filter share one key). */
  private static String key(Scenario s) {
    TaskFilter f = s.filter();
    String scope = f.scope().name() + (f.overdueOnly() ? " OVERDUE" : "")
        + (f.procedureKey() != null ? " PROCEDURE" : "");
    if (s.user().userId().equals(SMALL_ROLE_USER)) {
      return "SMALL ROLE " + scope;
    }
    if (s.user().userId().equals(OLDEST_ROLE_USER)) {
      return "OLDEST ROLE " + scope;
    }
    if (s.user().userId().equals(NEWEST_ROLE_USER)) {
      return "NEWEST ROLE " + scope;
    }
    if (f.procedureKey() != null) {
      return "PROCEDURE";
    }
    if (f.overdueOnly()) {
      return "OVERDUE";
    }
    return f.scope().name();
  }

  private Map<String, Long> counts(List<Scenario> scenarios) {
    Map<String, Long> counts = new LinkedHashMap<>();
    scenarios.forEach(s -> counts.putIfAbsent(key(s), taskList.count(s.user(), s.filter())));
    return counts;
  }

  /**
   * The engine's question before the user completes one of the role's tasks ("may this user work on this task?"),
   * asked while the role holds a grant on every one of its open tasks (BulkCases writes them as the engine does).
   */
  private long[] permissionCheckTimes() {
    String task = taskService.createTaskQuery().processDefinitionKey(MAIN_PROCEDURE).taskUnassigned()
        .listPage(0, 1).get(0).getId();
    List<String> roles = identityService.createGroupQuery().groupMember(USER).list().stream().map(Group::getId)
        .toList();
    for (int r = 0; r < WARM_UP; r++) {
      authorizationService.isUserAuthorized(USER, roles, Permissions.UPDATE, Resources.TASK, task);
    }
    long[] times = new long[REPETITIONS];
    for (int r = 0; r < REPETITIONS; r++) {
      long t0 = System.nanoTime();
      boolean granted = authorizationService.isUserAuthorized(USER, roles, Permissions.UPDATE, Resources.TASK, task);
      times[r] = System.nanoTime() - t0;
      assertThat(granted).as("the role's grant on task %s", task).isTrue();
    }
    return times;
  }

  private static void checkPage(Scenario s, List<TaskRow> rows) {
    for (int i = 1; i < rows.size(); i++) {
      TaskRow a = rows.get(i - 1);
      TaskRow b = rows.get(i);
      if (s.sort() == TaskSort.DUE) {
        assertThat(a.due()).as(s.name()).isBeforeOrEqualTo(b.due());
      } else {
        assertThat(a.created()).as(s.name()).isAfterOrEqualTo(b.created());
      }
    }
    TaskFilter f = s.filter();
    for (TaskRow row : rows) {
      if (f.procedureKey() != null) {
        assertThat(row.procedureKey()).isEqualTo(f.procedureKey());
      }
      if (f.overdueOnly()) {
        assertThat(row.due()).isBefore(new Date());
      }
      if (f.scope() == TaskScope.MINE) {
        assertThat(row.assignee()).isEqualTo(USER);
      }
      if (f.scope() == TaskScope.ROLES) {
        assertThat(row.assignee()).isNull();
      }
    }
  }

  private static int lastPage(long count) {
    return (int) (count == 0 ? 0 : (count - 1) / PAGE * PAGE);
  }

  // ---- the fill

  private void deploy() {
    repositoryService.createDeployment().name("task-list-benchmark").enableDuplicateFiltering(true)
        .addModelInstance(MAIN_PROCEDURE + ".bpmn", model(MAIN_PROCEDURE, "ベンチマーク申請", "申請の確認"))
        .addModelInstance(OTHER_PROCEDURE + ".bpmn", model(OTHER_PROCEDURE, "ベンチマーク別手続き", "別手続きの対応"))
        .deploy();
  }

  /** Start, one user task for the role handler (due date and assignee from transient variables), end. */
  static BpmnModelInstance model(String key, String name, String taskName) {
    return Bpmn.createExecutableProcess(key).name(name).camundaHistoryTimeToLive(180)
        .startEvent("Start")
        .userTask("Task_Handle").name(taskName).camundaCandidateGroups("${group}")
        .camundaDueDate("${due}").camundaAssignee("${assignee}")
        .endEvent("End")
        .done();
  }

  /**
   * The same tasks written straight into the engine's tables (BulkCases: execution, task, candidate link, history's
   * process instance), created one second apart up to now.
   */
  private void bulkFill(int from, int to) throws Exception {
    Instant now = Instant.now();
    Map<String, String> definitions = new LinkedHashMap<>();
    for (String key : List.of(MAIN_PROCEDURE, OTHER_PROCEDURE)) {
      definitions.put(key, repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
          .singleResult().getId());
    }
    long t0 = System.nanoTime();
    BulkCases.insert(dataSource, "bench-", from, to, i -> {
      Shape shape = Shape.of(i);
      String key = shape.other() ? OTHER_PROCEDURE : MAIN_PROCEDURE;
      return new BulkCases.Case(definitions.get(key), key, String.format("BENCH-%06d", i), "Task_Handle",
          shape.other() ? "別手続きの対応" : "申請の確認", shape.nurse() ? USER : null, shape.candidateGroups(),
          Date.from(now.minusSeconds(to - i)), due(i, now), null);
    });
    double seconds = (System.nanoTime() - t0) / 1e9;
    print("fill (JDBC batches into the engine's tables): %,d tasks in %.1f s = %,.0f tasks/s (%s)", to - from,
        seconds, (to - from) / seconds, databaseName());
  }

  /** A few hours' jitter so that due dates rarely tie; never enough to cross "now". */
  private static Date due(int i, Instant now) {
    return Date.from(now.plus(Duration.ofDays(Shape.of(i).dueInDays())).plus(Duration.ofMinutes(i % 600)));
  }

  private void fill(int from, int to) throws Exception {
    Instant now = Instant.now();
    TransactionTemplate tx = new TransactionTemplate(transactionManager);
    AtomicInteger done = new AtomicInteger();
    int total = to - from;
    int step = Math.max(1, total / 10);
    print("fill: %,d process instances (one open task each), %d threads, %d per transaction", total, THREADS, BATCH);
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> batches = new ArrayList<>();
      for (int start = from; start < to; start += BATCH) {
        int batchStart = start;
        int batchEnd = Math.min(to, start + BATCH);
        batches.add(pool.submit(() -> tx.executeWithoutResult(status -> {
          for (int i = batchStart; i < batchEnd; i++) {
            start(i, now);
          }
          int n = done.addAndGet(batchEnd - batchStart);
          if (n / step != (n - (batchEnd - batchStart)) / step) {
            print("fill: %,d / %,d after %.1f s", n, total, (System.nanoTime() - t0) / 1e9);
          }
        })));
      }
      for (Future<?> batch : batches) {
        batch.get();
      }
    } finally {
      pool.shutdown();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    print("fill: %,d tasks in %.1f s = %,.0f tasks/s (%s)", total, seconds, total / seconds, databaseName());
  }

  private void start(int i, Instant now) {
    Shape shape = Shape.of(i);
    Date due = due(i, now);
    // transient: the task reads them while it is created; nothing is stored in the variable tables
    VariableMap variables = Variables.createVariables()
        .putValueTyped("due", Variables.dateValue(due, true))
        .putValueTyped("assignee", Variables.stringValue(shape.nurse() ? USER : null, true))
        .putValueTyped("group", Variables.stringValue(String.join(",", shape.candidateGroups()), true));
    runtimeService.startProcessInstanceByKey(shape.other() ? OTHER_PROCEDURE : MAIN_PROCEDURE,
        String.format("BENCH-%06d", i), variables);
  }

  private static long count(int from, int to, IntPredicate predicate) {
    long n = 0;
    for (int i = from; i < to; i++) {
      if (predicate.test(i)) {
        n++;
      }
    }
    return n;
  }

  // ---- output

  private static String row(String scenario, String call, String first, long rows, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int p95 = (int) Math.ceil(0.95 * sorted.length) - 1;
    return String.format(Locale.ROOT, "%-34s %-6s %9s %,8d %8.1f %8.1f %8.1f %8.1f", scenario, call, first, rows,
        ms(sorted[0]), ms(median(sorted)), ms(sorted[p95]), ms(sorted[sorted.length - 1]));
  }

  private static double median(long[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  private static double ms(double nanos) {
    return nanos / 1e6;
  }

  private String databaseName() {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      String product = meta.getDatabaseProductName();
      String version = meta.getDatabaseProductVersion();
      if (version.toLowerCase(Locale.ROOT).contains("mariadb")) {
        product = "MariaDB";
      }
      return product + " " + version.split(" ")[0];
    } catch (Exception e) {
      return "unknown database";
    }
  }

  /** Other processes on the machine skew the figures: say how busy it was (Linux only). */
  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (Exception e) {
      return "n/a";
    }
  }

  private static void print(String format, Object... args) {
    System.out.println("BENCH " + String.format(Locale.ROOT, format, args));
  }
}
