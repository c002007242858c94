package jp.mamori.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.audit.Answer;
import jp.mamori.audit.Audits;
import jp.mamori.audit.CheckItem;
import jp.mamori.audit.FindingStatus;
import jp.mamori.ledger.DisposalMethod;
import jp.mamori.ledger.Retention;
import jp.mamori.ledger.RetentionEvent;
import jp.mamori.ledger.Ledger;
import jp.mamori.process.WrappedCause;
import jp.mamori.purpose.registry.PurposeCategory;
import jp.mamori.purpose.registry.PurposeFiling;
import jp.mamori.purpose.registry.PurposeRegistry;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard's figures against cases this test makes: every figure moves by what the test did (before/after,
 * never assuming empty tables), and the list behind a figure holds the same number of rows as the figure shows.
 */
class DashboardFiguresTest extends IntegrationTest {

  static final String PROBE = "dashboardProbe";
  static final Locale JA = Locale.JAPANESE;
  /** Audit years far from today's and from the other audit tests' (3000…, 8000…). */
  private static final AtomicInteger YEARS = new AtomicInteger(5000 + (int) (System.nanoTime() % 500));

  @Autowired Dashboard dashboard;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired PurposeRegistry purposes;
  @Autowired Audits audits;
  @Autowired Ledger ledger;
  @Autowired Clock clock;
  @Autowired HistoryService historyService;

  @BeforeEach
  void deployProbe() {
    deployProbe(repositoryService);
  }

  /** A role's task (handler) with a due date, then a task for a named person without a role, then the end. */
  static void deployProbe(RepositoryService repositoryService) {
    repositoryService.createDeployment().name("dashboard-probe").enableDuplicateFiltering(true)
        .addModelInstance(PROBE + ".bpmn", Bpmn.createExecutableProcess(PROBE).name("ダッシュボード試験")
            .camundaHistoryTimeToLive(30)
            .startEvent("Start")
            .userTask("Task_Check").name("ダッシュボード試験の確認").camundaCandidateGroups("handler")
            .camundaDueDate("${due}")
            .userTask("Task_Personal").name("指名された確認").camundaAssignee("${person}").camundaDueDate("${due}")
            .endEvent("End")
            .done())
        .deploy();
  }

  static ProcessInstance startProbe(RuntimeService runtimeService, Date due) {
    return runtimeService.startProcessInstanceByKey(PROBE, "DB-" + UUID.randomUUID().toString().substring(0, 8),
        Variables.createVariables().putValue("due", due).putValue("person", "nurse"));
  }

  @Test
  void openAndOverdueTasksPerProcedureAndRoleMoveWithTheCases() {
    Map<String, Long> before = taskFigures();

    ProcessInstance late = startProbe(runtimeService, daysFromNow(-2));
    ProcessInstance onTime = startProbe(runtimeService, daysFromNow(3));

    Map<String, Long> started = taskFigures();
    assertThat(started.get("tasks.open:" + PROBE)).isEqualTo(before.get("tasks.open:" + PROBE) + 2);
    assertThat(started.get("tasks.overdue:" + PROBE)).isEqualTo(before.get("tasks.overdue:" + PROBE) + 1);
    assertThat(started.get("tasks.open")).isEqualTo(before.get("tasks.open") + 2);
    assertThat(started.get("tasks.overdue")).isEqualTo(before.get("tasks.overdue") + 1);
    assertThat(started.get("roles.open:handler")).isEqualTo(before.get("roles.open:handler") + 2);
    assertThat(started.get("roles.overdue:handler")).isEqualTo(before.get("roles.overdue:handler") + 1);
    assertThat(started.get("roles.open:personal")).isEqualTo(before.get("roles.open:personal"));

    // claimed, a role's task still counts for the role
    Task lateTask = task(late);
    taskService.claim(lateTask.getId(), "nurse");
    assertThat(taskFigures().get("roles.open:handler")).isEqualTo(started.get("roles.open:handler"));

    // the late case moves on to a task for a named person: the role has one task less, the personal row one more
    taskService.complete(lateTask.getId());
    Map<String, Long> moved = taskFigures();
    assertThat(moved.get("tasks.open:" + PROBE)).isEqualTo(started.get("tasks.open:" + PROBE));
    assertThat(moved.get("roles.open:handler")).isEqualTo(started.get("roles.open:handler") - 1);
    assertThat(moved.get("roles.overdue:handler")).isEqualTo(started.get("roles.overdue:handler") - 1);
    assertThat(moved.get("roles.open:personal")).isEqualTo(started.get("roles.open:personal") + 1);
    assertThat(moved.get("roles.overdue:personal")).isEqualTo(started.get("roles.overdue:personal") + 1);

    // the lists behind the figures hold as many rows as the figures say, and the cases
    FigureList overdue = dashboard.list("tasks.overdue:" + PROBE, JA).orElseThrow();
    assertThat(overdue.count()).isEqualTo(moved.get("tasks.overdue:" + PROBE));
    assertThat(overdue.title()).isEqualTo("期限を過ぎたタスク: ダッシュボード試験");
    List<Map<String, Object>> rows = overdue.page(0, 1000);
    assertThat(rows).hasSize((int) overdue.count());
    assertThat(rows).anySatisfy(r -> {
      assertThat(r.get("case")).isEqualTo(late.getBusinessKey());
      assertThat(r.get("name")).isEqualTo("指名された確認");
      assertThat(r.get("assignee")).isEqualTo("高橋 美咲");
      assertThat(r.get("dueState")).isEqualTo("期限切れ");
    });
    FigureList handler = dashboard.list("roles.open:handler", JA).orElseThrow();
    assertThat(handler.count()).isEqualTo(moved.get("roles.open:handler"));
    assertThat(handler.title()).isEqualTo("未完了のタスク: 個人情報取扱者");
    assertThat(allRows(handler)).extracting(r -> r.get("case")).contains(onTime.getBusinessKey())
        .doesNotContain(late.getBusinessKey());
    // the page's capped count (ADR 0041): exact up to the cap, cap + 1 beyond it
    assertThat(handler.countUpTo(1_000)).isEqualTo(handler.count());
    assertThat(handler.countUpTo(0)).isEqualTo(1);
    // the role's list counted from its links, its overdue list task by task (ADR 0055): the same answers
    FigureList handlerOverdue = dashboard.list("roles.overdue:handler", JA).orElseThrow();
    assertThat(handlerOverdue.count()).isEqualTo(moved.get("roles.overdue:handler")).isLessThan(handler.count());
    assertThat(handlerOverdue.countUpTo(1_000)).isEqualTo(handlerOverdue.count());
  }

  /**
   * 「職員を指名したタスク」 holds the open tasks given to a person by name (assigned, or offered to a person as a
   * candidate) and to no role, each once (ADR 0056); a task cannot be given to nobody, so the one whose last role is
   * removed keeps it and is not on the line. Its figure, its capped count and its pages agree.
   */
  @Test
  void theNamedPersonsLineHoldsTasksGivenToAPersonAndToNoRole() {
    long before = figure("roles.open:personal");
    long overdueBefore = figure("roles.overdue:personal");
    ProcessInstance roleAndPerson = startProbe(runtimeService, daysFromNow(1));
    taskService.addCandidateUser(task(roleAndPerson).getId(), "desk");
    ProcessInstance personOnly = startProbe(runtimeService, daysFromNow(-2));
    taskService.addCandidateUser(task(personOnly).getId(), "desk");
    taskService.deleteCandidateGroup(task(personOnly).getId(), "handler");
    ProcessInstance nobody = startProbe(runtimeService, daysFromNow(3));
    assertThatThrownBy(() -> taskService.deleteCandidateGroup(task(nobody).getId(), "handler"))
        .as("a task is never given to nobody (TaskKeptForSomeone)")
        .satisfies(e -> assertThat(WrappedCause.find(e, ActionRefused.class)).isPresent());
    ProcessInstance assignedAndOffered = startProbe(runtimeService, daysFromNow(4));
    taskService.addCandidateUser(task(assignedAndOffered).getId(), "desk");
    taskService.deleteCandidateGroup(task(assignedAndOffered).getId(), "handler");
    taskService.setAssignee(task(assignedAndOffered).getId(), "desk");
    ProcessInstance claimedByRole = startProbe(runtimeService, daysFromNow(5));
    taskService.claim(task(claimedByRole).getId(), "nurse");
    ProcessInstance named = startProbe(runtimeService, daysFromNow(6));
    taskService.complete(task(named).getId());

    assertThat(figure("roles.open:personal")).isEqualTo(before + 3);
    FigureList personal = dashboard.list("roles.open:personal", JA).orElseThrow();
    assertThat(personal.count()).isEqualTo(before + 3);
    assertThat(personal.countUpTo(1_000)).isEqualTo(before + 3);
    assertThat(personal.countUpTo(0)).isEqualTo(1);
    List<Object> cases = allRows(personal).stream().map(r -> r.get("case")).toList();
    assertThat(cases).hasSize((int) before + 3)
        .contains(personOnly.getBusinessKey(), assignedAndOffered.getBusinessKey(), named.getBusinessKey())
        .doesNotContain(roleAndPerson.getBusinessKey(), nobody.getBusinessKey(), claimedByRole.getBusinessKey());
    // paged by due date, then id: the pages one by one make up the whole list
    List<Object> paged = new java.util.ArrayList<>();
    for (int first = 0; first < cases.size(); first += 2) {
      personal.page(first, 2).forEach(r -> paged.add(r.get("case")));
    }
    assertThat(paged).isEqualTo(cases);
    // overdue: the one offered to a person only, past its due date
    FigureList overdue = dashboard.list("roles.overdue:personal", JA).orElseThrow();
    assertThat(overdue.countUpTo(1_000)).isEqualTo(overdue.count()).isEqualTo(figure("roles.overdue:personal"))
        .isEqualTo(overdueBefore + 1);
    assertThat(allRows(overdue)).extracting(r -> r.get("case")).contains(personOnly.getBusinessKey())
        .doesNotContain(assignedAndOffered.getBusinessKey(), named.getBusinessKey(), nobody.getBusinessKey());
  }

  @Test
  void casesStartedAndCompletedThisMonthCountInTheTrend() {
    String month = YearMonth.now(clock).format(DateTimeFormatter.ofPattern("uuuu-MM"));
    String started = "trends.started:" + PROBE + ":" + month;
    String completed = "trends.completed:" + PROBE + ":" + month;
    startProbe(runtimeService, daysFromNow(1));
    long startedBefore = figure(started);
    long completedBefore = figure(completed);

    ProcessInstance instance = startProbe(runtimeService, daysFromNow(1));
    taskService.complete(task(instance).getId());
    taskService.complete(task(instance).getId());

    assertThat(figure(started)).isEqualTo(startedBefore + 1);
    assertThat(figure(completed)).isEqualTo(completedBefore + 1);
    FigureList list = dashboard.list(completed, JA).orElseThrow();
    assertThat(list.count()).isEqualTo(completedBefore + 1);
    assertThat(list.title()).isEqualTo("%d年%d月に完了した案件: ダッシュボード試験".formatted(
        YearMonth.now(clock).getYear(), YearMonth.now(clock).getMonthValue()));
    assertThat(allRows(list)).anySatisfy(r -> {
      assertThat(r.get("case")).isEqualTo(instance.getBusinessKey());
      assertThat(r.get("state")).isEqualTo("完了");
    });
    // ADR 0041: the native count on the history's key column is the engine's own count, and stops at a cap
    Date monthStart = Date.from(YearMonth.now(clock).atDay(1).atStartOfDay(clock.getZone()).toInstant());
    assertThat(list.count()).isEqualTo(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROBE)
        .completed().finishedAfter(monthStart).count());
    assertThat(list.countUpTo(1_000)).isEqualTo(list.count());
    assertThat(list.countUpTo(0)).isEqualTo(1);
    FigureList startedList = dashboard.list(started, JA).orElseThrow();
    assertThat(startedList.count()).isEqualTo(historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PROBE).startedAfter(monthStart).count());
    // a page: in order of the start, the procedure named, no row twice
    List<Map<String, Object>> pageRows = allRows(startedList);
    assertThat(pageRows).hasSize((int) startedList.count());
    assertThat(pageRows).extracting(r -> (Date) r.get("started")).isSortedAccordingTo(Date::compareTo);
    assertThat(pageRows).extracting(r -> r.get("procedure")).containsOnly("ダッシュボード試験");
    assertThat(pageRows).extracting(r -> r.get("case")).doesNotHaveDuplicates();
    // twelve months, this one last
    SectionFigures trends = section(TrendSection.ID);
    assertThat(trends.columns()).hasSize(12);
    assertThat(trends.columns().get(11)).endsWith(YearMonth.now(clock).getMonthValue() + "月");
  }

  @Test
  void aFiledPurposeIsPendingUntilDecided() {
    long before = figure("purposes.pending");
    String caseKey = "NP-DASH-" + UUID.randomUUID().toString().substring(0, 8);
    purposes.file(caseKey, "nurse", new PurposeFiling("ダッシュボード確認用の利用目的", null, PurposeCategory.IN_HOSPITAL,
        null, "記録", "氏名", "患者", List.of(), "医事課", "emr", "5年", List.of(), false, null, "allowed"));

    assertThat(figure("purposes.pending")).isEqualTo(before + 1);
    FigureList list = dashboard.list("purposes.pending", JA).orElseThrow();
    assertThat(list.count()).isEqualTo(before + 1);
    assertThat(allRows(list)).anySatisfy(r -> {
      assertThat(r.get("case")).isEqualTo(caseKey);
      assertThat(r.get("purpose")).isEqualTo("ダッシュボード確認用の利用目的");
      assertThat(r.get("filedBy")).isEqualTo("高橋 美咲");
    });

    purposes.reject(caseKey, "director", "試験のため");
    assertThat(figure("purposes.pending")).isEqualTo(before);
  }

  @Test
  void correctiveActionsCountUntilVerifiedAndWhilePastTheirDueDate() {
    ledger.add("ダッシュボード試験の台帳 " + UUID.randomUUID().toString().substring(0, 6), "MEDICAL_AFFAIRS",
        e -> e.keeping("医事課", "emr", Retention.years(5, RetentionEvent.CREATED, java.time.LocalDate.now()),
            DisposalMethod.WIPE_AND_DESTROY));
    long openBefore = figure("audit.actionsOpen");
    long overdueBefore = figure("audit.actionsOverdue");
    int year = YEARS.incrementAndGet();
    String caseKey = "AU-DASH-" + year;
    audits.openRegular(caseKey, year, "privacy-lead");
    audits.plan(caseKey, null);
    Long entry = audits.pendingEntries(caseKey).get(0);
    Map<CheckItem, Answer> answers = new EnumMap<>(CheckItem.class);
    for (CheckItem item : CheckItem.values()) {
      answers.put(item, new Answer(item == CheckItem.values()[0] ? Answer.NONCONFORMING : Answer.CONFORMING,
          item == CheckItem.values()[0] ? "施錠されていない" : null));
    }
    audits.answer(caseKey, entry, "records-manager", answers);
    assertThat(audits.raiseFindings(caseKey)).isEqualTo(1);
    Long finding = audits.findingsIn(caseKey, FindingStatus.RAISED).get(0);
    assertThat(figure("audit.actionsOpen")).isEqualTo(openBefore + 1);
    assertThat(figure("audit.actionsOverdue")).isEqualTo(overdueBefore);

    audits.assess(finding, "minor", "鍵の管理", "キャビネットに施錠する", "records-manager",
        LocalDate.now(clock).minusDays(1));
    assertThat(figure("audit.actionsOverdue")).isEqualTo(overdueBefore + 1);
    FigureList overdue = dashboard.list("audit.actionsOverdue", JA).orElseThrow();
    assertThat(overdue.count()).isEqualTo(overdueBefore + 1);
    assertThat(allRows(overdue)).anySatisfy(r -> {
      assertThat(r.get("case")).isEqualTo(caseKey);
      assertThat(r.get("action")).isEqualTo("キャビネットに施錠する");
      assertThat(r.get("owner")).isEqualTo("鈴木 一郎");
      assertThat(r.get("due")).isEqualTo(LocalDate.now(clock).minusDays(1));
    });

    audits.actionDone(finding, "施錠した");
    assertThat(figure("audit.actionsOverdue")).isEqualTo(overdueBefore);
    assertThat(figure("audit.actionsOpen")).isEqualTo(openBefore + 1);
    audits.verify(finding, "privacy-lead", "verified", "施錠を確認", null);
    assertThat(figure("audit.actionsOpen")).isEqualTo(openBefore);
  }

  @Test
  void theYearsSelfChecksReadAnsweredOfAllAndTheirListsHoldThem() {
    SectionFigures audit = section("audit");
    Figure answered = audit.rows().get(0).figures().get(0);
    assertThat(answered.id()).isEqualTo("audit.selfChecks");
    assertThat(answered.total()).isNotNull();
    assertThat(dashboard.list("audit.selfChecks", JA).orElseThrow().count()).isEqualTo(answered.total());
    assertThat(dashboard.list("audit.unanswered", JA).orElseThrow().count())
        .isEqualTo(answered.total() - answered.value()).isEqualTo(figure("audit.unanswered"));
    assertThat(audit.rows().get(0).label()).contains(audits.currentFiscalYear() + "年度");
  }

  @Test
  void anUnknownFigureHasNoList() {
    for (String id : List.of("tasks.open:noSuchProcedure", "nosuch.open", "tasks.nothing", "roles.open:executive",
        "trends.started:" + PROBE + ":13-2026", "trends.started", "audit.other", "purposes.rejected", "")) {
      assertThat(dashboard.list(id, JA)).as(id).isEmpty();
    }
  }

  @Test
  void sectionsComeInOrderAndChartsAreChartJsJson() {
    assertThat(dashboard.sections()).extracting(DashboardSection::id)
        .containsSubsequence("tasks", "roles", "audit", "purposes", "trends");
    SectionFigures tasks = section(ProcedureTasksSection.ID);
    String chart = ChartJson.of(tasks);
    assertThat(chart).startsWith("{\"type\":\"bar\"").contains("\"ダッシュボード試験\"").contains("\"期限超過\"")
        .doesNotContain("\"合計\"");
    assertThat(ChartJson.of(section(TrendSection.ID))).startsWith("{\"type\":\"line\"");
  }

  // ---- helpers

  private Map<String, Long> taskFigures() {
    Map<String, Long> figures = new java.util.HashMap<>();
    for (String id : List.of(ProcedureTasksSection.ID, RoleTasksSection.ID)) {
      section(id).rows().forEach(r -> r.figures().forEach(f -> figures.put(f.id(), f.value())));
    }
    return figures;
  }

  private long figure(String id) {
    SectionFigures section = section(FigureId.parse(id).section());
    return section.rows().stream().flatMap(r -> r.figures().stream()).filter(f -> f != null && f.id().equals(id))
        .findFirst().orElseThrow(() -> new AssertionError("no figure " + id)).value();
  }

  private SectionFigures section(String id) {
    return dashboard.figures(id, JA).orElseThrow();
  }

  private static List<Map<String, Object>> allRows(FigureList list) {
    return list.page(0, (int) Math.max(1, list.count()));
  }

  private Task task(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private Date daysFromNow(int days) {
    return Date.from(clock.instant().plus(Duration.ofDays(days)));
  }
}
