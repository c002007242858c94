package jp.mamori.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntPredicate;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javax.sql.DataSource;
import jp.mamori.testing.BulkCases;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.tasks.TaskLazyModel;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;
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
 * Not a test: how long a dashboard view takes with 100,000 cases (docs/benchmarks.md, docs/dashboard.md). Run with
 * {@code mvn test -Pbenchmark -Dtest=DashboardBenchmark}; it prints lines starting with {@code BENCH}
 * (target/surefire-reports*&#47;jp.mamori.dashboard.DashboardBenchmark-output.txt).
 *
 * <p>It fills {@code mamori.bench.tasks} (default 100,000) cases of five procedures with JDBC batches straight into
 * the engine's tables (BulkCases: execution, task, candidate link and the history's process instance; seconds), or
 * with {@code -Dmamori.bench.fill=engine} through the engine's public API in transactions of 250 starts on two
 * threads (the rows exactly as the engine writes them; an hour at load average 40): nine in ten wait in a user task (for one of three roles, about one in ten overdue),
 * one in ten ends at once (a completed case for the trend). A run on a database that already holds them fills only
 * what is missing ({@code -Dmamori.test.keepDatabase=true} keeps the MariaDB database between runs).
 *
 * <p>Then it times, with the figures' time to live the application has ({@code PT1M}):
 * <ul>
 *   <li>a view of the dashboard page: the figures from {@link DashboardFigureCache} plus the charts' JSON;</li>
 *   <li>the figures computed afresh (what the first view after the time to live waits for), and each section;</li>
 *   <li>a view of the list behind a figure: the list looked up, counted and its first page read, live; and a page in
 *       the middle of the first 10,000 rows.</li>
 * </ul>
 * It checks that the figures moved by what it filled, never how long anything took.
 */
@Tag("benchmark")
@TestPropertySource(properties = {"mamori.notifications.on-new-task=false", "mamori.dashboard.figures-ttl=PT1M"})
class DashboardBenchmark extends IntegrationTest {

  static final int TASKS = Integer.getInteger("mamori.bench.tasks", 100_000);
  static final int REPETITIONS = Integer.getInteger("mamori.bench.repetitions", 20);
  static final int WARM_UP = 3;
  static final int BATCH = 250;
  static final int PROCEDURES = 5;
  static final List<String> GROUPS = List.of("handler", "information-manager", "supervising-manager");
  static final Locale JA = Locale.JAPANESE;

  @Autowired Dashboard dashboard;
  @Autowired DashboardTasks tasks;
  @Autowired DashboardFigureCache cache;
  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired DataSource dataSource;

  @Test
  void dashboardWithManyCases() throws Exception {
    String database = database();
    if (database.startsWith("H2")) {
      // as TaskListBenchmark: measure the queries, not H2's cache of a repeated query's result
      try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
        s.execute("SET OPTIMIZE_REUSE_RESULTS 0");
      }
    }
    var deployment = repositoryService.createDeployment().name("dashboard-benchmark").enableDuplicateFiltering(true);
    for (int p = 0; p < PROCEDURES; p++) {
      deployment.addModelInstance(key(p) + ".bpmn", model(p));
    }
    deployment.deploy();
    long openBefore = figure("tasks.open:" + key(0));
    long overdueBefore = figure("tasks.overdue:" + key(0));

    int existing = (int) Math.min(TASKS, historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKeyIn(java.util.stream.IntStream.range(0, PROCEDURES).mapToObj(DashboardBenchmark::key)
            .toArray(String[]::new)).count());
    if ("engine".equals(System.getProperty("mamori.bench.fill"))) {
      fill(existing, TASKS);
    } else {
      bulkFill(existing, TASKS);
    }

    assertThat(figure("tasks.open:" + key(0)))
        .isEqualTo(openBefore + count(existing, i -> i % PROCEDURES == 0 && !done(i)));
    assertThat(figure("tasks.overdue:" + key(0)))
        .isEqualTo(overdueBefore + count(existing, i -> i % PROCEDURES == 0 && !done(i) && overdue(i)));
    print("database=%s openTasks=%,d historicCases=%,d procedures=%d", database,
        taskService.createTaskQuery().count(),
        historyService.createHistoricProcessInstanceQuery().count(),
        dashboard.figures("tasks", JA).orElseThrow().rows().size() - 1);

    long t0 = System.nanoTime();
    dashboard.figures(JA);
    print("first computation (ended months' trend counts not kept yet): %.1f ms", (System.nanoTime() - t0) / 1e6);
    for (int r = 0; r < WARM_UP; r++) {
      view(dashboard.figures(JA));
    }
    String loadBefore = load();
    print("%-46s %8s %8s %8s %8s %8s", "what (ms)", "figures", "min", "median", "p95", "max");
    cache.of(JA);
    print(row("VIEW dashboard (figures cached, ttl 1 min)", figures(), REPETITIONS, () -> view(cache.of(JA).sections())));
    print(row("figures computed (once per ttl and language)", figures(), Math.min(REPETITIONS, 10),
        () -> view(dashboard.figures(JA))));
    for (DashboardSection section : dashboard.sections()) {
      List<FigureRow> rows = section.rows(JA);
      long figures = rows.stream().mapToLong(r -> r.figures().size()).sum();
      print(row("  section " + section.id(), figures, Math.min(REPETITIONS, 10), () -> section.rows(JA).size()));
    }
    String month = java.time.YearMonth.now().toString();
    // the same lists as read before, timed alternately with the new form: by the engine's task query (before ADR
    // 0037); the tasks given to no role by asking every open task for a role's link (before ADR 0056)
    Date now = new Date();
    String engine = "  the same, engine task query (before)";
    Map<String, Former> former = Map.of(
        "tasks.open", new Former(engine, engineView(() -> taskService.createTaskQuery().active())),
        "tasks.overdue:" + key(0), new Former(engine, engineView(() -> taskService.createTaskQuery().active()
            .processDefinitionKey(key(0)).dueBefore(now))),
        "roles.open:handler", new Former(engine, engineView(() -> taskService.createTaskQuery().active()
            .taskCandidateGroup("handler").includeAssignedTasks())),
        "roles.open:personal", new Former("  the same, every open task asked (before)", () -> view(tasks.list("",
            JA, () -> tasks.open().withoutCandidateLink("NL.GROUP_ID_ is not null")))));
    // supervising-manager: a role whose tasks come after handler's (ADR 0055)
    for (String id : List.of("tasks.open", "tasks.overdue", "tasks.overdue:" + key(0), "roles.open:handler",
        "roles.overdue:handler", "roles.open:supervising-manager", "roles.open:personal",
        "trends.started:" + key(0) + ":" + month)) {
      long rows = dashboard.list(id, JA).orElseThrow().count();
      Former before = former.getOrDefault(id, new Former(null, null));
      List<String> lines = rows("VIEW list " + id + " (" + rows + " rows)",
          () -> view(dashboard.list(id, JA).orElseThrow()), before.label(), before.view());
      lines.forEach(DashboardBenchmark::print);
      print(row("  its exact count (before ADR 0041)", 1, REPETITIONS,
          () -> dashboard.list(id, JA).orElseThrow().count()));
      int middle = (int) Math.min(rows, TaskLazyModel.COUNT_CAP) / 2;
      print(row("  its page at row " + middle, 1, REPETITIONS,
          () -> dashboard.list(id, JA).orElseThrow().page(middle, 20).size()));
    }
    print("machine: %d cores, load average before/after measuring: %s / %s",
        Runtime.getRuntime().availableProcessors(), loadBefore, load());
  }

  /** A list as read before a change, and its line's label. */
  private record Former(String label, LongSupplier view) {}

  /** The engine's task query as a list's view: its count, then its first page. */
  private static LongSupplier engineView(Supplier<TaskQuery> query) {
    return () -> query.get().count() + query.get().orderByDueDate().asc().orderByTaskCreateTime().asc()
        .orderByTaskId().asc().listPage(0, 20).size();
  }

  /** What the list page does (ADR 0041): the count up to the cap, then the first page. */
  private static long view(FigureList list) {
    FigureLazyModel model = new FigureLazyModel(list);
    return model.count(Map.of()) + model.load(0, 20, Map.of(), Map.of()).size();
  }

  /** What the dashboard page does with the figures: the charts' JSON for each charted section. */
  private static long view(List<SectionFigures> sections) {
    return sections.stream().filter(SectionFigures::isCharted).mapToLong(s -> ChartJson.of(s).length()).sum();
  }

  private long figures() {
    return dashboard.figures(JA).stream().flatMap(s -> s.rows().stream()).mapToLong(r -> r.figures().size()).sum();
  }

  private String row(String what, long figures, int repetitions, LongSupplier work) {
    long[] nanos = new long[repetitions];
    for (int r = 0; r < repetitions; r++) {
      long t0 = System.nanoTime();
      work.getAsLong();
      nanos[r] = System.nanoTime() - t0;
    }
    return format(what, figures, nanos);
  }

  private static String format(String what, long figures, long[] nanos) {
    Arrays.sort(nanos);
    int p95 = (int) Math.ceil(0.95 * nanos.length) - 1;
    return String.format(Locale.ROOT, "%-46s %8d %8.1f %8.1f %8.1f %8.1f", what, figures, nanos[0] / 1e6,
        nanos[nanos.length / 2] / 1e6, nanos[p95] / 1e6, nanos[nanos.length - 1] / 1e6);
  }

  /** Two ways of the same work timed alternately (the second may be null), so that load hits both alike. */
  private List<String> rows(String what, LongSupplier work, String otherWhat, LongSupplier other) {
    if (other == null) {
      return List.of(row(what, 1, REPETITIONS, work));
    }
    long[] a = new long[REPETITIONS];
    long[] b = new long[REPETITIONS];
    for (int r = 0; r < REPETITIONS; r++) {
      long t0 = System.nanoTime();
      work.getAsLong();
      long t1 = System.nanoTime();
      other.getAsLong();
      a[r] = t1 - t0;
      b[r] = System.nanoTime() - t1;
    }
    return List.of(format(what, 1, a), format(otherWhat, 1, b));
  }

  private long figure(String id) {
    return dashboard.figures(FigureId.parse(id).section(), JA).orElseThrow().rows().stream()
        .flatMap(r -> r.figures().stream()).filter(f -> f.id().equals(id)).findFirst().orElseThrow().value();
  }


  // ---- the fill

  static String key(int p) {
    return "dashboardBench" + p;
  }

  /** Start; a case marked done ends at once, the others wait in a user task for a role with a due date. */
  static BpmnModelInstance model(int p) {
    return Bpmn.createExecutableProcess(key(p)).name("ダッシュボード計測 " + p).camundaHistoryTimeToLive(30)
        .startEvent()
        .exclusiveGateway("Gateway_Done")
        .condition("done", "${done}").endEvent("End_Done")
        .moveToLastGateway()
        .condition("open", "${!done}")
        .userTask("Task_Work").name("計測の作業").camundaCandidateGroups("${group}").camundaDueDate("${due}")
        .endEvent("End")
        .done();
  }

  static boolean done(int i) {
    return i % 10 == 3;
  }

  /** One open task in a hundred is given to a person by name and to no role (ADR 0056). */
  static boolean personal(int i) {
    return i % 100 == 9;
  }

  /** Who holds the task: the named person, a member who claimed a role's task (one in five), or nobody yet. */
  static String assignee(int i) {
    return personal(i) ? "records-manager" : i % 5 == 1 ? "nurse" : null;
  }

  static List<String> candidateGroups(int i) {
    return personal(i) ? List.of() : List.of(GROUPS.get(i % GROUPS.size()));
  }

  static boolean overdue(int i) {
    return i % 10 == 7;
  }

  private void bulkFill(int from, int to) throws Exception {
    if (from >= to) {
      print("fill skipped: %,d cases already there", from);
      return;
    }
    Instant now = Instant.now();
    List<String> definitions = java.util.stream.IntStream.range(0, PROCEDURES).mapToObj(p -> repositoryService
        .createProcessDefinitionQuery().processDefinitionKey(key(p)).latestVersion().singleResult().getId()).toList();
    long t0 = System.nanoTime();
    BulkCases.insert(dataSource, "dbench-", from, to, i -> {
      Date started = Date.from(now.minusSeconds(to - i));
      return new BulkCases.Case(definitions.get(i % PROCEDURES), key(i % PROCEDURES), "DBENCH-" + i, "Task_Work",
          "計測の作業", assignee(i), candidateGroups(i), started, due(i, now),
          done(i) ? new Date(started.getTime() + 1000) : null);
    });
    double seconds = (System.nanoTime() - t0) / 1e9;
    print("fill (JDBC batches into the engine's tables): %,d cases in %.1f s = %,.0f cases/s", to - from, seconds,
        (to - from) / seconds);
  }

  private static Date due(int i, Instant now) {
    return Date.from(now.plus(Duration.ofDays(overdue(i) ? -3 : 5)).plusSeconds(i % 600));
  }

  private void fill(int from, int to) throws Exception {
    if (from >= to) {
      print("fill skipped: %,d cases already there", from);
      return;
    }
    Instant now = Instant.now();
    TransactionTemplate tx = new TransactionTemplate(transactionManager);
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> batches = new ArrayList<>();
      for (int start = from; start < to; start += BATCH) {
        int batchFrom = start;
        int batchTo = Math.min(to, start + BATCH);
        batches.add(pool.submit(() -> tx.executeWithoutResult(status -> {
          for (int i = batchFrom; i < batchTo; i++) {
            Date due = due(i, now);
            String id = runtimeService.startProcessInstanceByKey(key(i % PROCEDURES), "DBENCH-" + i,
                Variables.createVariables().putValueTyped("done", Variables.booleanValue(done(i), true))
                .putValueTyped("group", Variables.stringValue(GROUPS.get(i % GROUPS.size()), true))
                .putValueTyped("due", Variables.dateValue(due, true))).getId();
            if (!done(i) && assignee(i) != null) {
              String task = taskService.createTaskQuery().processInstanceId(id).singleResult().getId();
              taskService.setAssignee(task, assignee(i));
              if (personal(i)) {
                taskService.deleteCandidateGroup(task, GROUPS.get(i % GROUPS.size()));
              }
            }
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
    print("fill (engine API, %d starts per transaction, 2 threads): %,d cases in %.1f s = %,.0f cases/s", BATCH,
        to - from, seconds, (to - from) / seconds);
  }

  private static long count(int from, IntPredicate predicate) {
    long n = 0;
    for (int i = from; i < TASKS; i++) {
      if (predicate.test(i)) {
        n++;
      }
    }
    return n;
  }

  private String database() {
    try (Connection c = dataSource.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName();
      String version = c.getMetaData().getDatabaseProductVersion();
      return (version.toLowerCase(Locale.ROOT).contains("mariadb") ? "MariaDB" : product) + " "
          + version.split(" ")[0];
    } catch (Exception e) {
      return "unknown";
    }
  }

  private static String load() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
    } catch (Exception e) {
      return "n/a";
    }
  }

  private static void print(String format, Object... args) {
    System.out.println("BENCH " + String.format(Locale.ROOT, format, args));
  }
}
