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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntPredicate;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import jp.mamori.testing.IntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
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
 * Not a test: how long the dashboard takes to compute with many cases (docs/dashboard.md). Run with
 * {@code mvn test -Pbenchmark -Dtest=DashboardBenchmark}; it prints lines starting with {@code BENCH}
 * (target/surefire-reports*&#47;jp.mamori.dashboard.DashboardBenchmark-output.txt).
 *
 * <p>It fills {@code mamori.bench.tasks} (default 100,000) process instances of five procedures through the public
 * API: nine in ten wait in a user task (for one of three roles, about one in ten overdue), one in ten ends at once
 * (a completed case for the trend). Then it times the whole dashboard, each section, and the first page of two lists,
 * and checks that the figures moved by what it filled. It never checks how long anything took.
 */
@Tag("benchmark")
@TestPropertySource(properties = "mamori.notifications.on-new-task=false")
class DashboardBenchmark extends IntegrationTest {

  static final int TASKS = Integer.getInteger("mamori.bench.tasks", 100_000);
  static final int REPETITIONS = Integer.getInteger("mamori.bench.repetitions", 10);
  static final int WARM_UP = 3;
  static final int BATCH = 250;
  static final int PROCEDURES = 5;
  static final List<String> GROUPS = List.of("handler", "information-manager", "supervising-manager");
  static final Locale JA = Locale.JAPANESE;

  @Autowired Dashboard dashboard;
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

    fill();

    assertThat(figure("tasks.open:" + key(0))).isEqualTo(openBefore + count(i -> i % PROCEDURES == 0 && !done(i)));
    assertThat(figure("tasks.overdue:" + key(0)))
        .isEqualTo(overdueBefore + count(i -> i % PROCEDURES == 0 && !done(i) && overdue(i)));
    print("database=%s openTasks=%,d historicCases=%,d procedures=%d", database,
        taskService.createTaskQuery().count(),
        historyService.createHistoricProcessInstanceQuery().count(),
        dashboard.figures("tasks", JA).orElseThrow().rows().size() - 1);

    long t0 = System.nanoTime();
    dashboard.figures(JA);
    print("first view (ended months' trend counts not kept yet): %.1f ms", (System.nanoTime() - t0) / 1e6);
    for (int r = 0; r < WARM_UP; r++) {
      dashboard.figures(JA);
    }
    print("%-34s %8s %8s %8s %8s", "what (ms)", "figures", "min", "median", "max");
    print(row("whole dashboard", figures(), () -> dashboard.figures(JA).size()));
    for (DashboardSection section : dashboard.sections()) {
      List<FigureRow> rows = section.rows(JA);
      long figures = rows.stream().mapToLong(r -> r.figures().size()).sum();
      print(row("section " + section.id(), figures, () -> section.rows(JA).size()));
    }
    for (String id : List.of("tasks.overdue:" + key(0), "roles.open:handler", "tasks.open")) {
      FigureList list = dashboard.list(id, JA).orElseThrow();
      print(row("list " + id + " count", 1, list::count));
      print(row("list " + id + " page 1", 1, () -> list.page(0, 20).size()));
    }
    print("load average: %s", load());
  }

  private long figures() {
    return dashboard.figures(JA).stream().flatMap(s -> s.rows().stream()).mapToLong(r -> r.figures().size()).sum();
  }

  private String row(String what, long figures, LongSupplier work) {
    long[] nanos = new long[REPETITIONS];
    for (int r = 0; r < REPETITIONS; r++) {
      long t0 = System.nanoTime();
      work.getAsLong();
      nanos[r] = System.nanoTime() - t0;
    }
    Arrays.sort(nanos);
    return String.format(Locale.ROOT, "%-34s %8d %8.1f %8.1f %8.1f", what, figures, nanos[0] / 1e6,
        nanos[nanos.length / 2] / 1e6, nanos[nanos.length - 1] / 1e6);
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

  static boolean overdue(int i) {
    return i % 10 == 7;
  }

  private void fill() throws Exception {
    Instant now = Instant.now();
    TransactionTemplate tx = new TransactionTemplate(transactionManager);
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<?>> batches = new ArrayList<>();
      for (int start = 0; start < TASKS; start += BATCH) {
        int from = start;
        int to = Math.min(TASKS, start + BATCH);
        batches.add(pool.submit(() -> tx.executeWithoutResult(status -> {
          for (int i = from; i < to; i++) {
            Date due = Date.from(now.plus(Duration.ofDays(overdue(i) ? -3 : 5)).plusSeconds(i % 600));
            runtimeService.startProcessInstanceByKey(key(i % PROCEDURES), "DBENCH-" + i, Variables.createVariables()
                .putValueTyped("done", Variables.booleanValue(done(i), true))
                .putValueTyped("group", Variables.stringValue(GROUPS.get(i % GROUPS.size()), true))
                .putValueTyped("due", Variables.dateValue(due, true)));
          }
        })));
      }
      for (Future<?> batch : batches) {
        batch.get();
      }
    } finally {
      pool.shutdown();
    }
    print("fill: %,d cases in %.1f s", TASKS, (System.nanoTime() - t0) / 1e9);
  }

  private static long count(IntPredicate predicate) {
    long n = 0;
    for (int i = 0; i < TASKS; i++) {
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
