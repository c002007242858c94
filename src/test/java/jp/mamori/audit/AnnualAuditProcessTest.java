package jp.mamori.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.ledger.DisposalMethod;
import jp.mamori.ledger.Retention;
import jp.mamori.ledger.RetentionEvent;
import jp.mamori.ledger.Ledger;
import jp.mamori.ledger.LedgerEntry;
import jp.mamori.ledger.LedgerRepository;
import jp.mamori.notification.Notification;
import jp.mamori.notification.Notifications;
import jp.mamori.notification.TaskLink;
import jp.mamori.people.PeopleRecords;
import jp.mamori.people.Pledges;
import jp.mamori.people.Trainings;
import jp.mamori.organization.calendar.BusinessCalendar;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.testing.ProcessTest;
import jp.mamori.testing.WebSession;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of processes/annualAudit.bpmn (第36条): start by hand and by the yearly timer, one audit per fiscal
 * year, planning over the whole ledger (第22条), a self-check per entry routed to its information manager with the
 * items of 第20条2・3, 第21–25条 and 第33条, reminders and escalation, review with challenges, findings and corrective
 * actions (第36条2) verified, sent back or carried over, the report to the director, and 500 self-checks in one
 * audit. The ledger is shared with other tests: each test creates its own entries and answers the others conforming.
 */
class AnnualAuditProcessTest extends ProcessTest {

  static final String KEY = "annualAudit";
  /** Fiscal years far from today's, so that only the timer test uses the current one. */
  private static final AtomicInteger YEARS = new AtomicInteger(3000);
  /** Fiscal years of the carry-over test, after all of YEARS: a carried-over action goes to a later regular audit. */
  private static final AtomicInteger CARRY_YEARS = new AtomicInteger(7000);

  @Autowired Ledger ledger;
  @Autowired Pledges pledges;
  @Autowired Trainings trainings;
  @Autowired LedgerRepository ledgerEntries;
  @Autowired Audits audits;
  @Autowired AuditSettings settings;
  @Autowired Notifications notifications;
  @Autowired BusinessCalendar calendar;

  StaffPrincipal privacyLead;
  StaffPrincipal director;
  StaffPrincipal recordsManager;

  @BeforeEach
  void users() {
    privacyLead = user("privacy-lead");
    director = user("director");
    recordsManager = user("records-manager");
    // 第20条3, 第33条: the pledges and the training are read from the records; here they are in order
    PeopleRecords.inOrder(pledges, trainings, privacyLead);
  }

  @Test
  void nonconformitiesBecomeFindingsWhoseActionsAreVerifiedBeforeTheAuditCloses() {
    LedgerEntry cabinet = entry("外来診療録(紙)", "MEDICAL_AFFAIRS");
    LedgerEntry scans = entry("画像検査の記録", "RADIOLOGY");
    ledger.assignManager(scans.getId(), "nurse");
    ProcessInstance instance = start(YEARS.incrementAndGet());
    assertThat(instance).isWaitingAt("Task_Plan").task().hasCandidateGroup("supervising-manager");

    plan(instance, "施錠の徹底(第21条)");
    Audit audit = audits.byKey(instance.getBusinessKey());
    assertThat(audit.getFocusPoints()).isEqualTo("施錠の徹底(第21条)");
    // 第36条: every ledger entry is in scope, one self-check each, for that entry's information manager
    assertThat(audits.selfChecksOf(audit)).hasSize(ledger.all().size());
    assertThat(selfCheckOf(instance, cabinet).getAssignee()).isEqualTo("records-manager");
    assertThat(selfCheckOf(instance, scans).getAssignee()).isEqualTo("nurse");
    assertThat(taskService.getVariable(selfCheckOf(instance, cabinet).getId(), "entryTitle"))
        .isEqualTo("外来診療録(紙)");

    answerAll(instance, Map.of(cabinet.getId(), List.of(CheckItem.STORAGE, CheckItem.RETENTION)));
    assertThat(instance).isWaitingAt("Task_Review");
    assertThat((String) runtimeService.getVariable(instance.getId(), "selfCheckSummary"))
        .contains("不適合 2 項目").contains("保管場所・施錠(第21条)").contains("外来診療録(紙)");
    // the answers live in the audit's tables, not in the process
    assertThat(runtimeService.getVariable(instance.getId(), "storageAnswer")).isNull();

    review(instance, "confirm", null, null);
    assertThat(instance).isWaitingAt("Task_AssessFinding");
    assertThat(tasks(instance, "Task_AssessFinding")).hasSize(2);
    assessAll(instance, "records-manager", "major");

    assertThat(instance).isWaitingAt("Task_Acknowledge").task().hasCandidateGroup("total-manager");
    assertThat((String) runtimeService.getVariable(instance.getId(), "reportSummary"))
        .contains("指摘事項: 2 件(重大 2、軽微 0)");
    acknowledge(instance);
    assertThat(audits.byKey(instance.getBusinessKey()).getAcknowledgedBy()).isEqualTo("director");

    List<Task> actionTasks = tasks(instance, "Task_DoAction");
    assertThat(actionTasks).hasSize(2).allMatch(t -> "records-manager".equals(t.getAssignee()));
    for (Task action : actionTasks) {
      actions.complete(recordsManager, action.getId(), Map.of("completionNote", "鍵を交換し研修を実施した"), null,
          null);
    }
    for (Task verify : tasks(instance, "Task_VerifyAction")) {
      actions.complete(privacyLead, verify.getId(),
          Map.of("verifyDecision", "verified", "verifyReason", "現地で確認"), "verified", "現地で確認");
    }

    assertThat(instance).isEnded().hasPassed("End_Closed");
    Audit closed = audits.byKey(instance.getBusinessKey());
    assertThat(closed.getStatus()).isEqualTo(AuditStatus.CLOSED);
    assertThat(audits.findingsOf(closed)).hasSize(2).allSatisfy(f -> {
      assertThat(f.getStatus()).isEqualTo(FindingStatus.VERIFIED);
      assertThat(f.getVerifiedBy()).isEqualTo("privacy-lead");
      assertThat(f.getSeverity()).isEqualTo("major");
    });
    assertThat(notifications.latestFor("director", 1).get(0).getTitle()).isEqualTo("年次監査が完了しました");
  }

  @Test
  void anAuditWithoutNonconformitiesGoesFromReviewToTheReportAndCloses() {
    entry("職員健康診断の結果", "ADMIN");
    ProcessInstance instance = start(YEARS.incrementAndGet());
    plan(instance, null);
    answerAll(instance, Map.of());
    review(instance, "confirm", null, null);

    assertThat(instance).isWaitingAt("Task_Acknowledge");
    acknowledge(instance);
    assertThat(instance).isEnded().hasPassed("End_Closed").hasNotPassed("Task_AssessFinding", "Task_DoAction");
    assertThat(audits.findingsOf(audits.byKey(instance.getBusinessKey()))).isEmpty();
  }

  @Test
  void challengedAnswersAreAskedAgainOnlyForTheNamedEntries() {
    LedgerEntry doubtful = entry("救急外来の受付票", "MEDICAL_AFFAIRS");
    ProcessInstance instance = start(YEARS.incrementAndGet());
    plan(instance, null);
    answerAll(instance, Map.of());
    review(instance, "challenge", doubtful.getId() + ", 999999999", "施錠の状況を現地で確認したため再点検を");

    assertThat(instance).isWaitingAt("Task_SelfCheck");
    List<Task> again = tasks(instance, "Task_SelfCheck");
    assertThat(again).hasSize(1);
    assertThat(taskService.getVariable(again.get(0).getId(), "challengeReason")).isEqualTo("施錠の状況を現地で確認したため再点検を");
    assertThat((String) taskService.getVariable(again.get(0).getId(), "previousAnswers"))
        .contains("保管場所・施錠(第21条): 適合");

    answerAll(instance, Map.of(doubtful.getId(), List.of(CheckItem.STORAGE)));
    assertThat(instance).isWaitingAt("Task_Review");
    review(instance, "confirm", null, null);
    assertThat(tasks(instance, "Task_AssessFinding")).hasSize(1);
  }

  @Test
  @DisplayName("第36条2: やり直しの後、繰越しは院長が期限付きで認めたときだけ。監査は終わり、次年度の定期監査で是正処置のタスクになる")
  void aCarryOverTheDirectorApprovesLetsTheAuditCloseAndBecomesAnActionOfTheNextRegularAudit() {
    // two fiscal years of their own: the carried-over action goes to the next regular audit, and no other test's
    int year = CARRY_YEARS.addAndGet(2) - 1;
    LedgerEntry entry = entry("持出し用USBの管理簿", "IT");
    ProcessInstance instance = toVerification(start(year), entry, CheckItem.TAKING_OUTSIDE, "注意喚起");
    actions.complete(privacyLead, task(instance, "Task_VerifyAction").getId(),
        Map.of("verifyDecision", "redo", "verifyReason", "暗号化USBへの切替えが必要"), "redo", null);
    assertThat(instance).isWaitingAt("Task_DoAction");
    Long findingId = audits.findingsOf(audits.byKey(instance.getBusinessKey())).get(0).getId();
    assertThat(audits.finding(findingId).getStatus()).isEqualTo(FindingStatus.OPEN);
    actions.complete(recordsManager, task(instance, "Task_DoAction").getId(),
        Map.of("completionNote", "予算申請中"), null, null);

    LocalDate proposed = LocalDate.now(clock).plusMonths(6);
    proposeCarryOver(instance, proposed);
    // the supervising manager alone cannot carry it over: the director decides, and the audit stays open
    assertThat(instance).isWaitingAt("Task_DecideCarryOver").task().hasCandidateGroup("total-manager");
    assertThat(audits.finding(findingId).getStatus()).isEqualTo(FindingStatus.CARRY_OVER_PROPOSED);
    assertThatThrownBy(() -> audits.close(instance.getBusinessKey())).isInstanceOf(IllegalStateException.class);

    LocalDate decided = proposed.plusMonths(1);
    decideCarryOver(instance, "approve", decided, "次年度予算で調達する");
    assertThat(instance).isEnded().hasPassed("End_CarriedOver", "End_Closed");
    Finding carried = audits.finding(findingId);
    assertThat(carried.getStatus()).isEqualTo(FindingStatus.CARRIED_OVER);
    assertThat(carried.getCarryOverDecidedBy()).isEqualTo("director");
    assertThat(carried.getCarryOverDue()).isEqualTo(decided);
    assertThat(carried.getVerifyReason()).contains("調達に時間を要する");
    assertThat(carried.getCarryOverDecisionReason()).isEqualTo("次年度予算で調達する");

    // an extra audit does not take it over; the next regular audit does, as a task due on the director's date
    ProcessInstance extra = startExtra(year + 1, "委託先の違反を受けて");
    plan(extra, null);
    assertThat(audits.findingsOf(audits.byKey(extra.getBusinessKey()))).isEmpty();
    ProcessInstance next = start(year + 1);
    plan(next, null);
    answerAll(next, Map.of());
    review(next, "confirm", null, null);
    assertThat(next).isWaitingAt("Task_Acknowledge").hasNotPassed("Task_AssessFinding");
    assertThat((String) runtimeService.getVariable(next.getId(), "reportSummary")).contains("【繰越し】");
    acknowledge(next);
    Task continued = task(next, "Task_DoAction");
    assertThat(continued.getAssignee()).isEqualTo("records-manager");
    assertThat(LocalDate.ofInstant(continued.getDueDate().toInstant(), clock.getZone())).isEqualTo(decided);
    assertThat((String) taskService.getVariable(continued.getId(), "findingSummary")).contains("繰り越された");
    assertThat(audits.finding(findingId).getCarriedIntoAuditId()).isEqualTo(audits.byKey(next.getBusinessKey()).getId());

    actions.complete(recordsManager, continued.getId(), Map.of("completionNote", "暗号化USBに切り替えた"), null, null);
    actions.complete(privacyLead, task(next, "Task_VerifyAction").getId(),
        Map.of("verifyDecision", "verified", "verifyReason", "現物を確認"), "verified", null);
    assertThat(next).isEnded().hasPassed("End_Closed");
  }

  @Test
  @DisplayName("第36条2: 院長が繰越しを認めなければ、担当者が是正を続け、確認されて監査を終える")
  void aCarryOverTheDirectorRefusesGoesBackToTheOwner() {
    LedgerEntry entry = entry("外来の問診票", "MEDICAL_AFFAIRS");
    ProcessInstance instance = toVerification(start(YEARS.incrementAndGet()), entry, CheckItem.STORAGE, "一部施錠");
    proposeCarryOver(instance, LocalDate.now(clock).plusMonths(3));
    Task decide = task(instance, "Task_DecideCarryOver");
    assertThatThrownBy(() -> actions.complete(director, decide.getId(), Map.of("carryOverDecision", "refuse"),
        "refuse", null)).isInstanceOf(ActionRefused.class);
    assertThat(instance).isWaitingAt("Task_DecideCarryOver");

    decideCarryOver(instance, "refuse", null, "今年度中に鍵を交換すること");
    assertThat(instance).isWaitingAt("Task_DoAction");
    Finding finding = audits.findingsOf(audits.byKey(instance.getBusinessKey())).get(0);
    assertThat(finding.getStatus()).isEqualTo(FindingStatus.OPEN);
    assertThat(finding.getCarryOverDecidedBy()).isEqualTo("director");
    assertThat(finding.getCarryOverDecisionReason()).isEqualTo("今年度中に鍵を交換すること");

    actions.complete(recordsManager, task(instance, "Task_DoAction").getId(), Map.of("completionNote", "鍵を交換"),
        null, null);
    actions.complete(privacyLead, task(instance, "Task_VerifyAction").getId(),
        Map.of("verifyDecision", "verified", "verifyReason", "確認"), "verified", null);
    assertThat(instance).isEnded().hasPassed("End_Closed").hasNotPassed("End_CarriedOver");
    assertThat(audits.finding(finding.getId()).getStatus()).isEqualTo(FindingStatus.VERIFIED);
  }

  @Test
  @DisplayName("第36条2: 期限のない繰越しの提案・過去の期限での承認は、画面でもJava APIでも受け付けない")
  void aCarryOverNeedsADueDateAfterTodayOnEveryChannel() {
    LedgerEntry entry = entry("健診結果の控え", "ADMIN");
    ProcessInstance instance = toVerification(start(YEARS.incrementAndGet()), entry, CheckItem.RETENTION, "未廃棄");
    Task verify = task(instance, "Task_VerifyAction");

    assertThatThrownBy(() -> actions.complete(privacyLead, verify.getId(),
        Map.of("verifyDecision", "carryOver", "verifyReason", "予算"), "carryOver", null))
        .isInstanceOf(ActionRefused.class);
    Map<String, Object> withoutDue = Map.of("verifyDecision", "carryOver", "verifyReason", "予算");
    assertThatThrownBy(() -> taskService.complete(verify.getId(), withoutDue))
        .hasRootCauseInstanceOf(ActionRefused.class);
    assertThat(instance).isWaitingAt("Task_VerifyAction");

    proposeCarryOver(instance, LocalDate.now(clock).plusMonths(2));
    Map<String, Object> pastDue = Map.of("carryOverDecision", "approve",
        "carryOverDue", LocalDate.now(clock).minusDays(1).toString());
    assertThatThrownBy(() -> taskService.complete(task(instance, "Task_DecideCarryOver").getId(), pastDue))
        .hasRootCauseInstanceOf(ActionRefused.class);
    assertThat(instance).isWaitingAt("Task_DecideCarryOver");
    assertThat(audits.findingsOf(audits.byKey(instance.getBusinessKey())).get(0).getStatus())
        .isEqualTo(FindingStatus.CARRY_OVER_PROPOSED);
  }

  @Test
  void theSupervisingManagerCannotVerifyAnActionTheyOwnThemselves() {
    LedgerEntry entry = entry("個人情報保護委員会の議事録", "ADMIN");
    ProcessInstance instance = start(YEARS.incrementAndGet());
    plan(instance, null);
    answerAll(instance, Map.of(entry.getId(), List.of(CheckItem.LEDGER)));
    review(instance, "confirm", null, null);
    assessAll(instance, "privacy-lead", "minor");
    acknowledge(instance);
    actions.complete(privacyLead, task(instance, "Task_DoAction").getId(), Map.of("completionNote", "誓約書を回収"),
        null, null);

    Task verify = task(instance, "Task_VerifyAction");
    assertThatThrownBy(() -> actions.complete(privacyLead, verify.getId(),
        Map.of("verifyDecision", "verified", "verifyReason", "確認"), "verified", null))
        .isInstanceOf(ActionRefused.class).hasMessage("task.error.fourEyes");
    assertThat(instance).isWaitingAt("Task_VerifyAction");
  }

  @Test
  void aCorrectiveActionForSomeoneNotOnTheStaffIsRefusedWithAMessage() {
    LedgerEntry entry = entry("研修受講記録", "NURSING");
    ProcessInstance instance = start(YEARS.incrementAndGet());
    plan(instance, null);
    answerAll(instance, Map.of(entry.getId(), List.of(CheckItem.RETENTION)));
    review(instance, "confirm", null, null);

    Task assess = task(instance, "Task_AssessFinding");
    assertThatThrownBy(() -> actions.complete(privacyLead, assess.getId(), Map.of("severity", "minor",
        "rootCause", "不明", "actionText", "研修を実施する", "actionOwner", "no-such-person",
        "actionDue", LocalDate.now(clock).plusDays(10).toString()), null, null))
        .isInstanceOf(ActionRefused.class).hasMessage("audit.error.unknownOwner");
    assertThat(instance).isWaitingAt("Task_AssessFinding");
  }

  @Test
  void anAuditCannotCloseWhileAnActionIsOpen() {
    LedgerEntry entry = entry("委託先との契約書", "ADMIN");
    ProcessInstance instance = start(YEARS.incrementAndGet());
    plan(instance, null);
    answerAll(instance, Map.of(entry.getId(), List.of(CheckItem.CONTRACTORS)));
    review(instance, "confirm", null, null);
    assessAll(instance, "records-manager", "major");
    acknowledge(instance);

    assertThatThrownBy(() -> audits.close(instance.getBusinessKey()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not settled");
    assertThat(audits.byKey(instance.getBusinessKey()).getStatus()).isEqualTo(AuditStatus.ACTIONS);
  }

  @Test
  void aSecondAuditOfTheSameYearStartedByHandIsRefusedAndNothingStarts() {
    int year = YEARS.incrementAndGet();
    ProcessInstance first = start(year);
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count();

    assertThatThrownBy(() -> start(year)).isInstanceOf(ActionRefused.class)
        .hasMessage("audit.error.yearTaken")
        .satisfies(e -> assertThat(((ActionRefused) e).args()).containsExactly(String.valueOf(year), first.getBusinessKey()));
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(before);
  }

  @Test
  @DisplayName("第36条「年1回以上」: 臨時監査は理由を付けて同じ年度に何件でも開始でき、年度の定期監査は1件のまま")
  void extraAuditsWithAReasonAreAllowedBesidesTheRegularAuditOfTheYear() {
    int year = YEARS.incrementAndGet();
    ProcessInstance regular = start(year);
    ProcessInstance afterALeak = startExtra(year, "外来受付での漏えい(LI-1)を受けて");
    ProcessInstance another = startExtra(year, "委託先の違反を受けて");

    assertThat(afterALeak).isWaitingAt("Task_Plan").task().hasCandidateGroup("supervising-manager");
    assertThat(another).isWaitingAt("Task_Plan");
    Audit extra = audits.byKey(afterALeak.getBusinessKey());
    assertThat(extra.getKind()).isEqualTo(AuditKind.EXTRA);
    assertThat(extra.getAuditYear()).isEqualTo(year);
    assertThat(extra.getStartReason()).isEqualTo("外来受付での漏えい(LI-1)を受けて");
    // who started it comes from the login, not from a variable
    assertThat(extra.getStartedBy()).isEqualTo("privacy-lead");
    assertThat(audits.regularAuditOfYear(year)).contains(regular.getBusinessKey());
    assertThatThrownBy(() -> start(year)).isInstanceOf(ActionRefused.class)
        .hasMessage("audit.error.yearTaken");

    plan(afterALeak, "受付窓口");
    answerAll(afterALeak, Map.of());
    review(afterALeak, "confirm", null, null);
    assertThat((String) runtimeService.getVariable(afterALeak.getId(), "reportSummary"))
        .contains(year + "年度 個人情報の臨時監査").contains("実施の理由: 外来受付での漏えい(LI-1)を受けて");
    acknowledge(afterALeak);
    assertThat(afterALeak).isEnded().hasPassed("End_Closed");
  }

  @Test
  @DisplayName("第36条: 理由のない臨時監査は、開始画面でもJava API・REST(エンジン)でも開始されない")
  void anExtraAuditWithoutAReasonIsRefusedOnEveryChannel() {
    int year = YEARS.incrementAndGet();
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count();

    assertThatThrownBy(() -> startExtra(year, "  ")).isInstanceOf(ActionRefused.class)
        .hasMessage("audit.error.extraNeedsReason");
    identityService.setAuthentication("privacy-lead", List.of("supervising-manager"));
    try {
      assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY,
          Map.of("auditYear", (long) year, "auditKind", "extra")))
          .hasRootCauseInstanceOf(ActionRefused.class);
    } finally {
      identityService.clearAuthentication();
    }
    // nobody logged in (no initiator): an extra audit needs the person who starts it
    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(KEY,
        Map.of("auditYear", (long) year, "auditKind", "extra", "extraAuditReason", "理由")))
        .hasRootCauseInstanceOf(ActionRefused.class);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(before);
    assertThat(audits.all()).noneMatch(a -> a.getAuditYear() == year);
  }

  @Test
  @DisplayName("第36条: 毎年のタイマーが年度の定期監査を1件開始する(臨時監査があっても)、2回目は開始しない")
  void theYearlyTimerStartsTheAuditOfTheFiscalYearOnceAndRefusesASecondRun() {
    int year = audits.currentFiscalYear();
    ProcessInstance extra = startExtra(year, "年度初めの臨時監査");
    Job timer = startTimer();
    ZonedDateTime due = timer.getDuedate().toInstant().atZone(clock.getZone());
    assertThat(due.getMonthValue()).isEqualTo(settings.getStartDate().getMonthValue());
    assertThat(due.getDayOfMonth()).isEqualTo(settings.getStartDate().getDayOfMonth());
    assertThat(due.getHour()).isEqualTo(9);

    managementService.executeJob(timer.getId());
    Audit audit = audits.all().stream().filter(a -> a.getAuditYear() == year && !a.isExtra()).findFirst()
        .orElseThrow();
    assertThat(audit.getCaseKey()).isNotEqualTo(extra.getBusinessKey());
    assertThat(audit.getKind()).isEqualTo(AuditKind.REGULAR);
    assertThat(audit.getCaseKey()).startsWith("AU-" + year + "-");
    assertThat(audit.getStartedBy()).isNull();
    ProcessInstance started = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(audit.getCaseKey())
        .singleResult();
    assertThat(started).isWaitingAt("Task_Plan");

    long leadNotices = notifications.unreadCount("privacy-lead");
    Job next = startTimer();
    assertThat(next.getId()).isNotEqualTo(timer.getId());
    managementService.executeJob(next.getId());
    var refused = historyService.createHistoricActivityInstanceQuery().activityId("End_Refused").list();
    assertThat(refused).isNotEmpty();
    assertThat(audits.all()).filteredOn(a -> a.getAuditYear() == year && !a.isExtra()).hasSize(1);
    assertThat(notifications.unreadCount("privacy-lead")).isGreaterThan(leadNotices);
    assertThat(notifications.latestFor("privacy-lead", 1).get(0).getBody()).contains(audit.getCaseKey());
  }

  @Test
  void idleSelfChecksAreRemindedThenEscalatedOnBusinessDays() {
    LedgerEntry entry = entry("病棟の申し送りメモ", "NURSING");
    ProcessInstance instance = start(YEARS.incrementAndGet());
    plan(instance, null);
    Task check = selfCheckOf(instance, entry);
    LocalDate today = LocalDate.now(clock);
    Job reminder = job(instance, "Timer_SelfCheckReminder");
    Job escalation = job(instance, "Timer_SelfCheckEscalation");
    assertThat(reminder.getDuedate()).isEqualTo(check.getDueDate());
    assertThat(calendar.businessDaysBetween(today, LocalDate.ofInstant(check.getDueDate().toInstant(),
        clock.getZone()))).isEqualTo(settings.getSelfCheckDays());
    assertThat(calendar.businessDaysBetween(today, LocalDate.ofInstant(escalation.getDuedate().toInstant(),
        clock.getZone()))).isEqualTo(settings.getEscalateAfterDays());

    long before = notifications.unreadCount("records-manager");
    managementService.executeJob(reminder.getId());
    assertThat(notifications.unreadCount("records-manager")).isGreaterThan(before);
    assertThat(instance).isWaitingAt("Task_SelfCheck");

    managementService.executeJob(escalation.getId());
    // records-manager's deputy (Keio 6) becomes a candidate of the idle self-check
    assertThat(taskService.getIdentityLinksForTask(check.getId())).extracting(IdentityLink::getUserId)
        .contains("privacy-lead");
    assertThat(instance).isWaitingAt("Task_SelfCheck");
  }

  @Test
  void anOverdueCorrectiveActionIsRemindedOnItsDueDate() {
    LedgerEntry entry = entry("廃棄記録簿", "MEDICAL_AFFAIRS");
    ProcessInstance instance = start(YEARS.incrementAndGet());
    plan(instance, null);
    answerAll(instance, Map.of(entry.getId(), List.of(CheckItem.RETENTION)));
    review(instance, "confirm", null, null);
    assessAll(instance, "records-manager", "major");
    acknowledge(instance);

    Task action = task(instance, "Task_DoAction");
    Job reminder = job(instance, "Timer_ActionReminder");
    ZonedDateTime due = reminder.getDuedate().toInstant().atZone(clock.getZone());
    assertThat(due.toLocalDate()).isEqualTo(LocalDate.now(clock).plusDays(30));
    assertThat(due.getHour()).isEqualTo(17);
    assertThat(action.getDueDate()).isEqualTo(reminder.getDuedate());
    long before = notifications.unreadCount("records-manager");
    managementService.executeJob(reminder.getId());
    assertThat(notifications.unreadCount("records-manager")).isGreaterThan(before);
    assertThat(instance).isWaitingAt("Task_DoAction");
  }

  @Test
  void fiveHundredLedgerEntriesAreSelfCheckedInOneAudit() {
    List<Long> mine = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      mine.add(entry("大量点検用の台帳 " + i, i % 2 == 0 ? "NURSING" : "RADIOLOGY").getId());
    }
    ProcessInstance instance = start(YEARS.incrementAndGet());
    long unreadBefore = notifications.unreadCount("records-manager");
    plan(instance, null);
    List<Task> checks = tasks(instance, "Task_SelfCheck");
    assertThat(checks).hasSizeGreaterThanOrEqualTo(500);
    // one notice for the 500 new self-checks, not 500
    assertThat(notifications.unreadCount("records-manager")).isEqualTo(unreadBefore + 1);
    assertThat(notifications.latestFor("records-manager", 1).get(0).getTitle()).endsWith("件)");
    assertThat(checks.stream().map(t -> taskService.getVariable(t.getId(), "entryId")).toList())
        .containsAll(mine);

    answerAll(instance, Map.of(mine.get(7), List.of(CheckItem.LEDGER)));
    assertThat(instance).isWaitingAt("Task_Review");
    Audit audit = audits.byKey(instance.getBusinessKey());
    assertThat(audits.selfChecksOf(audit)).hasSizeGreaterThanOrEqualTo(500).allMatch(SelfCheck::isAnswered);
    review(instance, "confirm", null, null);
    assertThat(tasks(instance, "Task_AssessFinding")).hasSize(1);
    // the other tests share the ledger: their audits need not check these 500 again
    ledgerEntries.deleteAllById(mine);
  }

  @Test
  @DisplayName("第36条: 自己点検をまとめて知らせた通知は、担当者の最後の自己点検が終わったとき既読になり、それより前は未読のまま")
  void theNoticeOfSeveralSelfChecksIsReadWhenTheLastOfThemIsDone() {
    entry("まとめ通知の台帳 1", "NURSING");
    entry("まとめ通知の台帳 2", "NURSING");
    // another manager's self-check in the same audit
    ledger.assignManager(entry("まとめ通知の台帳 (他の管理者)", "RADIOLOGY").getId(), "privacy-lead");
    ProcessInstance instance = start(YEARS.incrementAndGet());
    plan(instance, null);
    List<Task> mine = tasks(instance, "Task_SelfCheck").stream()
        .filter(t -> "records-manager".equals(t.getAssignee())).toList();
    List<Task> others = tasks(instance, "Task_SelfCheck").stream()
        .filter(t -> !"records-manager".equals(t.getAssignee())).toList();
    assertThat(mine).hasSizeGreaterThanOrEqualTo(2);
    assertThat(selfCheckNotice("records-manager", instance).isRead()).isFalse();

    // over the Java API, as Tasklist and REST complete: the rule is the engine's, not a page's
    mine.subList(0, mine.size() - 1).forEach(this::answerConforming);
    assertThat(selfCheckNotice("records-manager", instance).isRead()).as("one self-check still open").isFalse();
    answerConforming(mine.get(mine.size() - 1));

    assertThat(selfCheckNotice("records-manager", instance).isRead()).isTrue();
    // the others' notices of their own self-checks (one task's, or several at once): still unread
    assertThat(others).isNotEmpty().allSatisfy(other -> assertThat(notifications.latestFor(other.getAssignee(), 50))
        .filteredOn(n -> instance.getId().equals(n.getProcessInstanceId())
            && (TaskLink.of(other.getId()).equals(n.getLink()) || TaskLink.TASK_LIST.equals(n.getLink())))
        .as(other.getAssignee() + "'s own self-checks are open").isNotEmpty().noneMatch(Notification::isRead));
  }

  @Test
  void theReportIsShownAndExportedAsCsvToTheDirectorTheLeadAndExecutivesOnly() {
    LedgerEntry entry = entry("紹介状ファイル, \"旧\"書式", "MEDICAL_AFFAIRS");
    ProcessInstance instance = start(YEARS.incrementAndGet());
    plan(instance, "=cmd|' /C calc'!A0");
    answerAll(instance, Map.of(entry.getId(), List.of(CheckItem.STORAGE)));
    review(instance, "confirm", null, null);
    assessAll(instance, "records-manager", "major");
    String key = instance.getBusinessKey();

    for (String user : List.of("director", "privacy-lead", "exec")) {
      WebSession browser = WebSession.loggedIn(baseUrl(), user, "demo");
      HttpResponse<String> page = browser.get("/audit.xhtml?key=" + key);
      assertThat(page.statusCode()).as("report as %s", user).isEqualTo(200);
      assertThat(page.body()).contains(key).contains("手順書を改訂し周知する");
      HttpResponse<String> csv = browser.get("/audit/export.csv?key=" + key);
      assertThat(csv.statusCode()).as("csv as %s", user).isEqualTo(200);
      assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("text/csv"));
      // UTF-8 with a byte-order mark, quoted cells, doubled quotes, and no formula from a user's text
      assertThat(csv.body()).startsWith("\uFEFF\"区分\",")
          .contains("\"紹介状ファイル, \"\"旧\"\"書式\"")
          .contains("\"指摘事項\",\"" + key + "\"")
          .contains("\"'=cmd|' /C calc'!A0\"");
    }
    for (String user : List.of("records-manager", "nurse", "modeler")) {
      WebSession browser = WebSession.loggedIn(baseUrl(), user, "demo");
      assertThat(browser.get("/audit.xhtml?key=" + key).statusCode()).as("report as %s", user).isEqualTo(403);
      assertThat(browser.get("/audit/export.csv?key=" + key).statusCode()).as("csv as %s", user).isEqualTo(403);
      assertThat(browser.get("/audit.jsf?key=" + key).statusCode()).as("report.jsf as %s", user).isEqualTo(403);
      assertThat(browser.get("/faces/audit.xhtml?key=" + key).statusCode()).as("/faces as %s", user)
          .isEqualTo(403);
    }
  }

  // --- steps

  private ProcessInstance start(int year) {
    return procedures.start(privacyLead, KEY, Map.of("auditYear", (long) year));
  }

  private ProcessInstance startExtra(int year, String reason) {
    return procedures.start(privacyLead, KEY, Map.of("auditYear", (long) year, "auditKind", "extra",
        "extraAuditReason", reason));
  }

  /** Plans, answers the item of the entry nonconforming, assesses, reports, and has the action done: verification. */
  private ProcessInstance toVerification(ProcessInstance instance, LedgerEntry entry, CheckItem item, String done) {
    plan(instance, null);
    answerAll(instance, Map.of(entry.getId(), List.of(item)));
    review(instance, "confirm", null, null);
    assessAll(instance, "records-manager", "minor");
    acknowledge(instance);
    actions.complete(recordsManager, task(instance, "Task_DoAction").getId(), Map.of("completionNote", done), null,
        null);
    return instance;
  }

  private void proposeCarryOver(ProcessInstance instance, LocalDate due) {
    actions.complete(privacyLead, task(instance, "Task_VerifyAction").getId(), Map.of("verifyDecision", "carryOver",
        "verifyReason", "調達に時間を要する(第36条2)", "carryOverDue", due.toString()), "carryOver", null);
  }

  private void decideCarryOver(ProcessInstance instance, String decision, LocalDate due, String reason) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("carryOverDecision", decision);
    vars.put("carryOverDue", due == null ? null : due.toString());
    vars.put("carryOverReason", reason);
    actions.complete(director, task(instance, "Task_DecideCarryOver").getId(), vars, decision, reason);
  }

  private LedgerEntry entry(String title, String department) {
    return ledger.add(title, department, e -> e.keeping("書庫", "lockedCabinet",
        Retention.years(5, RetentionEvent.CREATED, java.time.LocalDate.now()), DisposalMethod.DISSOLVING));
  }

  private void plan(ProcessInstance instance, String focusPoints) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("focusPoints", focusPoints);
    actions.complete(privacyLead, task(instance, "Task_Plan").getId(), vars, null, null);
  }

  private void answerConforming(Task check) {
    Map<String, Object> vars = new HashMap<>();
    for (CheckItem item : CheckItem.values()) {
      vars.put(item.answerField(), Answer.CONFORMING);
    }
    taskService.complete(check.getId(), vars);
  }

  /** The one notice that told the person of their self-checks in this audit. */
  private Notification selfCheckNotice(String userId, ProcessInstance instance) {
    List<Notification> found = notifications.latestFor(userId, 50).stream()
        .filter(n -> instance.getId().equals(n.getProcessInstanceId()) && TaskLink.TASK_LIST.equals(n.getLink()))
        .toList();
    assertThat(found).as("notices of self-checks for " + userId).hasSize(1);
    return found.get(0);
  }

  /** Answers every open self-check: conforming, except the listed items of the listed entries. */
  private void answerAll(ProcessInstance instance, Map<Long, List<CheckItem>> nonconforming) {
    for (Task check : tasks(instance, "Task_SelfCheck")) {
      Long entryId = (Long) taskService.getVariable(check.getId(), "entryId");
      Map<String, Object> vars = new HashMap<>();
      for (CheckItem item : CheckItem.values()) {
        boolean bad = nonconforming.getOrDefault(entryId, List.of()).contains(item);
        vars.put(item.answerField(), bad ? Answer.NONCONFORMING : Answer.CONFORMING);
        vars.put(item.noteField(), bad ? "不備あり: " + item.key() : null);
      }
      taskService.complete(check.getId(), vars);
    }
  }

  private void review(ProcessInstance instance, String decision, String challenged, String reason) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("reviewDecision", decision);
    vars.put("challengedEntries", challenged);
    vars.put("reviewReason", reason);
    actions.complete(privacyLead, task(instance, "Task_Review").getId(), vars, decision, reason);
  }

  private void assessAll(ProcessInstance instance, String owner, String severity) {
    for (Task assess : tasks(instance, "Task_AssessFinding")) {
      assertThat((String) taskService.getVariable(assess.getId(), "findingSummary")).contains("情報管理者");
      actions.complete(privacyLead, assess.getId(), Map.of("severity", severity, "rootCause", "手順の周知不足",
          "actionText", "手順書を改訂し周知する", "actionOwner", owner,
          "actionDue", LocalDate.now(clock).plusDays(30).toString()), null, null);
    }
  }

  private void acknowledge(ProcessInstance instance) {
    actions.complete(director, task(instance, "Task_Acknowledge").getId(),
        Map.of("reportDecision", "acknowledge", "reportReason", "報告を受けた"), "acknowledge", "報告を受けた");
  }

  private Task selfCheckOf(ProcessInstance instance, LedgerEntry entry) {
    return tasks(instance, "Task_SelfCheck").stream()
        .filter(t -> entry.getId().equals(taskService.getVariable(t.getId(), "entryId"))).findFirst().orElseThrow();
  }

  private Job startTimer() {
    return managementService.createJobQuery().processDefinitionKey("annualAuditSchedule").activityId("StartEvent_Yearly")
        .singleResult();
  }
}
