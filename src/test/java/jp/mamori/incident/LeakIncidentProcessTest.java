package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.dashboard.Dashboard;
import jp.mamori.dashboard.DashboardReading;
import jp.mamori.notification.Notifications;
import jp.mamori.organization.calendar.BusinessCalendar;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.testing.WebSession;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of processes/leakIncidentResponse.bpmn (第34–35条; Keio 19, 34; APPI 第26条・規則第7–8条): report and
 * emergency contact chain, set-up of the headquarters (head and deputy, 第35条2), the parallel tasks completed in
 * any order, the reports to the PPC with their calendar-day deadlines, reminders, escalations and overdue state,
 * recurrence prevention and closing, and the downgrade at set-up and from the board (head only, never the reporter).
 */
class LeakIncidentProcessTest extends LeakIncidentTest {

  static final String KEY = "leakIncidentResponse";
  static final List<String> HQ_TASKS = List.of("Task_ReportOfficer", "Task_Investigate", "Task_Contain",
      "Task_NotifyPersons", "Task_ReportHeadOffice", "Task_ReportPrefecture");
  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  @Autowired IncidentBoard board;
  @Autowired IncidentSettings settings;
  @Autowired Notifications notifications;
  @Autowired BusinessCalendar calendar;
  @Autowired Dashboard dashboard;

  @Test
  void aMedicalLeakGoesThroughTheHeadquartersBothPpcReportsMeasuresAndClosing() {
    long directorBefore = notifications.unreadCount("director");
    long leadBefore = notifications.unreadCount("privacy-lead");
    long officerBefore = notifications.unreadCount("hq-officer");
    ProcessInstance instance = report(nurse, medical());
    String key = instance.getBusinessKey();
    assertThat(key).startsWith("IN-");

    // 第34条: the emergency contact chain is told at once (default roles: total, supervising manager, officer)
    assertThat(notifications.unreadCount("director")).isGreaterThan(directorBefore);
    assertThat(notifications.unreadCount("privacy-lead")).isGreaterThan(leadBefore);
    assertThat(notifications.unreadCount("hq-officer")).isGreaterThan(officerBefore);
    assertThat(notifications.latestFor("director", 5)).anySatisfy(n -> assertThat(n.getTitle()).contains("【緊急】")
        .contains(key));
    Incident reported = incidents.byKey(key);
    assertThat(reported.getStatus()).isEqualTo(IncidentStatus.REPORTED);
    assertThat(reported.getSpecialCategories()).isEqualTo("medical");
    assertThat(reported.getPersonCount()).isEqualTo(2);

    // 第35条1(1)・2: the total manager sets up the HQ
    assertThat(instance).isWaitingAt("Task_SetUpHq").task().hasCandidateGroup("total-manager");
    setUp(instance, director, Map.of("specialCare", true));
    Incident hq = incidents.byKey(key);
    assertThat(hq.getStatus()).isEqualTo(IncidentStatus.RESPONDING);
    assertThat(hq.getHead()).isEqualTo("director");
    assertThat(hq.getDeputy()).isEqualTo("privacy-lead");
    assertThat(hq.getReportable()).isTrue();
    assertThat(hq.getReportabilityReason()).contains("要配慮個人情報");
    // calendar days from the day of awareness, not business days
    LocalDate awareDay = hq.getAwareAt().atZone(TOKYO).toLocalDate();
    assertThat(hq.getPreliminaryDueAt().atZone(TOKYO).toLocalDateTime())
        .isEqualTo(awareDay.plusDays(3).atTime(23, 59, 59));
    assertThat(hq.getFinalDueAt().atZone(TOKYO).toLocalDateTime()).isEqualTo(awareDay.plusDays(30).atTime(23, 59, 59));

    // all in parallel, each a task of the HQ's head and deputy
    for (String task : HQ_TASKS) {
      assertThat(task(instance, task)).as(task).isNotNull();
      assertThat(taskService.getIdentityLinksForTask(task(instance, task).getId()))
          .extracting(IdentityLink::getGroupId).contains("total-manager", "supervising-manager");
    }
    assertThat(task(instance, "Task_PpcPreliminary").getDueDate().toInstant()).isEqualTo(hq.getPreliminaryDueAt());
    assertThat(board.openTasks(hq)).hasSize(7);

    // any order: the PPC reports first, then the HQ's tasks backwards
    submitPpc(instance, "Task_PpcPreliminary");
    assertThat(incidents.reportOf(hq, PpcReportKind.PRELIMINARY)).isPresent();
    assertThat(instance).isWaitingAt("Task_PpcFinal");
    assertThat((String) taskService.getVariable(task(instance, "Task_PpcFinal").getId(), "ppcSummary"))
        .isEqualTo("速報: 紹介状2通を別の患者に誤って渡した");
    submitPpc(instance, "Task_PpcFinal");
    List<String> reversed = new ArrayList<>(HQ_TASKS);
    Collections.reverse(reversed);
    for (String task : reversed) {
      assertThat(instance).isNotWaitingAt("Task_Measures");
      completeHqTask(instance, task, privacyLead);
    }
    assertThat(instance).isWaitingAt("Task_Measures");
    assertThat(incidents.byKey(key).getPreliminarySubmittedAt()).isNotNull();
    assertThat(incidents.byKey(key).getFinalSubmittedAt()).isNotNull();

    decideMeasures(instance, "records-manager");
    assertThat(incidents.measuresOf(hq)).singleElement()
        .satisfies(m -> assertThat(m.getOwner()).isEqualTo("records-manager"));
    assertThat(incidents.byKey(key).getStatus()).isEqualTo(IncidentStatus.PREVENTION);

    actions.complete(director, task(instance, "Task_Close").getId(),
        Map.of("closeDecision", "close", "closeReason", "本人への謝罪と回収を完了し、再発防止策を実施した。"), "close", "完了");
    assertThat(instance).isEnded();
    Incident closed = incidents.byKey(key);
    assertThat(closed.getStatus()).isEqualTo(IncidentStatus.CLOSED);
    assertThat(closed.getClosedBy()).isEqualTo("director");
    assertThat(closed.getFinalRecord()).contains("再発防止策を実施");
    assertThat(incidents.open()).extracting(OpenIncident::caseKey).doesNotContain(key);
    // the log keeps every action, in order
    assertThat(incidents.logOf(closed)).extracting(IncidentLogEntry::getAction)
        .startsWith("REPORTED", "CONTACT_CHAIN", "PPC_PREJUDGED", "HQ_SET_UP", "PPC_REPORTABLE", "PPC_PRELIMINARY",
            "PPC_FINAL")
        .contains("TASK_DONE", "MEASURES").endsWith("CLOSED");
  }

  @Test
  void anyoneLoggedInMayReportWhateverTheirRole() {
    for (String user : List.of("nurse", "clerk", "desk", "records-manager", "hq-officer", "exec", "modeler", "admin",
        "director", "privacy-lead")) {
      assertThat(procedures.startable(user(user), KEY)).as(user).isPresent();
    }
    ProcessInstance byAdmin = report(user("admin"), ordinary(1L));
    assertThat(byAdmin).isWaitingAt("Task_SetUpHq");
  }

  @Test
  void hqTasksCompleteInAnyOrderAndWithoutAReportToThePpcWhenTheDataWasStronglyEncrypted() {
    ProcessInstance instance = report(nurse, ordinary(5L));
    setUp(instance, director, Map.of("specialCare", true, "stronglyEncrypted", true, "encryptionKeySafe", true));
    Incident hq = incidents.byKey(instance.getBusinessKey());
    assertThat(hq.getReportable()).isFalse();
    assertThat(hq.getPreliminaryDueAt()).isNull();
    assertThat(task(instance, "Task_PpcPreliminary")).isNull();
    for (String task : List.of("Task_Contain", "Task_ReportPrefecture", "Task_ReportOfficer", "Task_NotifyPersons",
        "Task_Investigate", "Task_ReportHeadOffice")) {
      assertThat(instance).isNotWaitingAt("Task_Measures");
      completeHqTask(instance, task, director);
    }
    assertThat(instance).isWaitingAt("Task_Measures");
  }

  @Test
  void anUnlawfulPurposeGivesTheFinalReportSixtyCalendarDays() {
    ProcessInstance instance = report(nurse, ordinary(null));
    setUp(instance, director, Map.of("unlawfulPurpose", true));
    Incident hq = incidents.byKey(instance.getBusinessKey());
    assertThat(hq.getFinalReportDays()).isEqualTo(60);
    LocalDate awareDay = hq.getAwareAt().atZone(TOKYO).toLocalDate();
    assertThat(hq.getFinalDueAt().atZone(TOKYO).toLocalDate()).isEqualTo(awareDay.plusDays(60));
  }

  @Test
  void aReportOfOrdinaryDataAboutAThousandAndOnePersonsIsReportable() {
    ProcessInstance instance = report(nurse, ordinary(1001L));
    setUp(instance, director, Map.of());
    assertThat(incidents.byKey(instance.getBusinessKey()).getReportabilityReason()).contains("1,000人");
  }

  @Test
  void theReporterCannotSetUpTheHeadquartersOfTheirOwnReport() {
    ProcessInstance instance = report(director, medical());
    assertThatThrownBy(() -> setUp(instance, director, Map.of()))
        .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.messageKey()).isEqualTo("task.error.fourEyes"));
    assertThat(instance).isWaitingAt("Task_SetUpHq");
  }

  @Test
  void theHeadDowngradesAtSetUpOnlyWithAReason() {
    ProcessInstance instance = report(nurse, medical());
    Map<String, Object> noReason = new HashMap<>(Map.of("setupDecision", "downgrade"));
    assertThatThrownBy(() -> actions.complete(director, task(instance, "Task_SetUpHq").getId(), noReason, "downgrade",
        null)).isInstanceOfSatisfying(ActionRefused.class,
        e -> assertThat(e.messageKey()).isEqualTo("incident.error.reasonRequired"));
    assertThat(instance).isWaitingAt("Task_SetUpHq");

    long nurseBefore = notifications.unreadCount("nurse");
    actions.complete(director, task(instance, "Task_SetUpHq").getId(),
        Map.of("setupDecision", "downgrade", "setupReason", "封筒は院内で未開封のまま回収された"), "downgrade", "未開封");
    assertThat(instance).isEnded().hasPassed("Task_DowngradeAtSetUp");
    Incident incident = incidents.byKey(instance.getBusinessKey());
    assertThat(incident.getStatus()).isEqualTo(IncidentStatus.DOWNGRADED);
    assertThat(incident.getDowngradedBy()).isEqualTo("director");
    assertThat(incident.getDowngradeReason()).isEqualTo("封筒は院内で未開封のまま回収された");
    assertThat(notifications.unreadCount("nurse")).isGreaterThan(nurseBefore);
  }

  @Test
  void onlyTheHeadDowngradesFromTheBoardWithAReasonAndEverythingOpenEnds() {
    ProcessInstance instance = report(nurse, medical());
    setUp(instance, director, Map.of());
    String key = instance.getBusinessKey();
    completeHqTask(instance, "Task_Investigate", privacyLead);

    for (StaffPrincipal notHead : List.of(nurse, privacyLead)) {
      assertThatThrownBy(() -> board.downgrade(notHead, key, "誤報"))
          .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.messageKey()).isEqualTo("incident.error.notHead"));
    }
    assertThatThrownBy(() -> board.downgrade(director, key, " "))
        .isInstanceOfSatisfying(ActionRefused.class,
            e -> assertThat(e.messageKey()).isEqualTo("incident.error.reasonRequired"));
    assertThat(instance).isWaitingAt("Task_PpcPreliminary");

    board.downgrade(director, key, "調査の結果、誤送信先は院内の同じ診療科で、外部への漏えいはなかった");
    assertThat(instance).isEnded().hasPassed("Task_Downgrade");
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(managementService.createJobQuery().processInstanceId(instance.getId()).count()).isZero();
    Incident incident = incidents.byKey(key);
    assertThat(incident.getStatus()).isEqualTo(IncidentStatus.DOWNGRADED);
    assertThat(incident.getDowngradedBy()).isEqualTo("director");
    assertThat(incidents.open()).extracting(OpenIncident::caseKey).doesNotContain(key);
  }

  @Test
  void thePreliminaryReportIsRemindedEscalatedAndFlaggedOverdueBeforeAndAtItsDeadline() {
    ProcessInstance instance = report(nurse, medical());
    setUp(instance, director, Map.of());
    Incident hq = incidents.byKey(instance.getBusinessKey());
    Job reminder = job(instance, "Timer_PreliminaryReminder");
    Job escalation = job(instance, "Timer_PreliminaryEscalation");
    Job overdue = job(instance, "Timer_PreliminaryOverdue");
    assertThat(overdue.getDuedate().toInstant()).isEqualTo(hq.getPreliminaryDueAt());
    // moved to the last business day before when they fall on a day off (issue #13 item 5)
    assertThat(reminder.getDuedate().toInstant())
        .isEqualTo(calendar.lastBusinessMomentAtOrBefore(hq.getPreliminaryDueAt().minus(Duration.ofDays(1))));
    assertThat(escalation.getDuedate().toInstant())
        .isEqualTo(calendar.lastBusinessMomentAtOrBefore(hq.getPreliminaryDueAt().minus(Duration.ofHours(12))));

    long directorBefore = notifications.unreadCount("director");
    long leadBefore = notifications.unreadCount("privacy-lead");
    managementService.executeJob(reminder.getId());
    assertThat(notifications.unreadCount("director")).isEqualTo(directorBefore + 1);
    assertThat(notifications.unreadCount("privacy-lead")).isEqualTo(leadBefore + 1);
    managementService.executeJob(escalation.getId());
    assertThat(notifications.latestFor("director", 1).get(0).getTitle()).contains("期限が迫っています");
    assertThat(notifications.unreadCount("privacy-lead")).isEqualTo(leadBefore + 2);
    assertThat(incidents.open()).filteredOn(o -> o.caseKey().equals(hq.getCaseKey())).singleElement()
        .satisfies(o -> assertThat(o.preliminaryOverdue()).isFalse());

    // the deadline passes: never silently
    managementService.executeJob(overdue.getId());
    assertThat(notifications.latestFor("director", 1).get(0).getTitle()).contains("期限超過");
    assertThat(incidents.open()).filteredOn(o -> o.caseKey().equals(hq.getCaseKey())).singleElement()
        .satisfies(o -> {
          assertThat(o.preliminaryOverdue()).isTrue();
          assertThat(o.overdue()).isTrue();
          assertThat(o.finalOverdue()).isFalse();
        });
    assertThat(instance).isWaitingAt("Task_PpcPreliminary");
    assertThat(incidents.logOf(hq)).extracting(IncidentLogEntry::getAction)
        .contains("PPC_PRELIMINARY_REMINDED", "PPC_PRELIMINARY_ESCALATED", "PPC_PRELIMINARY_OVERDUE");

    // submitted late, the overdue state clears; the final report's timers count from awareness too
    submitPpc(instance, "Task_PpcPreliminary");
    assertThat(incidents.open()).filteredOn(o -> o.caseKey().equals(hq.getCaseKey())).singleElement()
        .satisfies(o -> assertThat(o.preliminaryOverdue()).isFalse());
    Job finalReminder = job(instance, "Timer_FinalReminder");
    Job finalEscalation = job(instance, "Timer_FinalEscalation");
    Job finalOverdue = job(instance, "Timer_FinalOverdue");
    assertThat(finalOverdue.getDuedate().toInstant()).isEqualTo(hq.getFinalDueAt());
    assertThat(finalReminder.getDuedate().toInstant())
        .isEqualTo(calendar.lastBusinessMomentAtOrBefore(hq.getFinalDueAt().minus(Duration.ofDays(7))));
    assertThat(finalEscalation.getDuedate().toInstant())
        .isEqualTo(calendar.lastBusinessMomentAtOrBefore(hq.getFinalDueAt().minus(Duration.ofDays(2))));
    managementService.executeJob(finalReminder.getId());
    managementService.executeJob(finalEscalation.getId());
    managementService.executeJob(finalOverdue.getId());
    assertThat(incidents.open()).filteredOn(o -> o.caseKey().equals(hq.getCaseKey())).singleElement()
        .satisfies(o -> assertThat(o.finalOverdue()).isTrue());
    assertThat(instance).isWaitingAt("Task_PpcFinal");
  }

  @Test
  void aReportMadeLateIsOverdueOnTheBoardFromTheClockEvenBeforeATimerRuns() {
    Map<String, Object> vars = medical();
    vars.put("foundDate", LocalDate.now(clock).minusDays(10).toString());
    vars.put("foundTime", "09:00");
    ProcessInstance instance = report(nurse, vars);
    setUp(instance, director, Map.of());
    Incident hq = incidents.byKey(instance.getBusinessKey());
    assertThat(board.overdue(hq, PpcReportKind.PRELIMINARY)).isTrue();
    assertThat(board.overdue(hq, PpcReportKind.FINAL)).isFalse();
    assertThat(board.remaining(hq, PpcReportKind.FINAL)).startsWith("残り 20日");
    assertThat(incidents.open()).filteredOn(o -> o.caseKey().equals(hq.getCaseKey())).singleElement()
        .satisfies(o -> assertThat(o.preliminaryOverdue()).isTrue());
  }

  @Test
  void theDashboardCountsOpenIncidentsAndListsThemWithTheirDeadlines() {
    long openBefore = DashboardReading.figure(dashboard, "incidents.open");
    ProcessInstance responding = report(nurse, medical());
    setUp(responding, director, Map.of());

    assertThat(DashboardReading.figure(dashboard, "incidents.open")).isEqualTo(openBefore + 1);
    assertThat(DashboardReading.rowsBehind(dashboard, "incidents.open"))
        .filteredOn(row -> responding.getBusinessKey().equals(row.get("case"))).singleElement()
        .satisfies(row -> {
          assertThat(row.get("status")).isEqualTo("対応中");
          assertThat(row.get("preliminary")).isNotNull();
          assertThat(row.get("overdue")).isEqualTo("期限内");
        });
    assertThat(DashboardReading.rowsBehind(dashboard, "incidents.preliminaryOverdue"))
        .noneMatch(row -> responding.getBusinessKey().equals(row.get("case")));
  }

  @Test
  void openIncidentsListTheirStatusAndPpcDeadlinesForTheDashboard() {
    ProcessInstance reportedOnly = report(nurse, ordinary(3L));
    ProcessInstance responding = report(nurse, medical());
    setUp(responding, director, Map.of());
    List<OpenIncident> open = incidents.open();
    OpenIncident first = open.stream().filter(o -> o.caseKey().equals(reportedOnly.getBusinessKey())).findFirst()
        .orElseThrow();
    assertThat(first.status()).isEqualTo(IncidentStatus.REPORTED);
    assertThat(first.reportable()).isNull();
    assertThat(first.preliminaryDueAt()).isNull();
    assertThat(first.overdue()).isFalse();
    OpenIncident second = open.stream().filter(o -> o.caseKey().equals(responding.getBusinessKey())).findFirst()
        .orElseThrow();
    assertThat(second.status()).isEqualTo(IncidentStatus.RESPONDING);
    assertThat(second.reportable()).isTrue();
    assertThat(second.preliminaryDueAt()).isAfter(Instant.now(clock));
    assertThat(second.finalDueAt()).isAfter(second.preliminaryDueAt());
    assertThat(second.overdue()).isFalse();
  }

  @Test
  void anIdleSetUpIsRemindedThenEscalatedToTheDirectorsDeputy() {
    ProcessInstance instance = report(nurse, medical());
    Job reminder = job(instance, "Timer_SetUpReminder");
    Job escalation = job(instance, "Timer_SetUpEscalation");
    Instant now = Instant.now(clock);
    assertThat(Duration.between(now, reminder.getDuedate().toInstant())).isBetween(Duration.ofMinutes(115),
        Duration.ofHours(2));
    assertThat(Duration.between(now, escalation.getDuedate().toInstant())).isBetween(Duration.ofMinutes(235),
        Duration.ofHours(4));
    long before = notifications.unreadCount("director");
    managementService.executeJob(reminder.getId());
    assertThat(notifications.unreadCount("director")).isGreaterThan(before);
    managementService.executeJob(escalation.getId());
    assertThat(taskService.getIdentityLinksForTask(task(instance, "Task_SetUpHq").getId()))
        .extracting(IdentityLink::getUserId).contains("privacy-lead");
  }

  @Test
  void everyHqTaskAndTheMeasuresAreDueInBusinessDaysAndRemindedWhenTheyPass() {
    ProcessInstance instance = report(nurse, ordinary(2L));
    setUp(instance, director, Map.of());
    LocalDate today = LocalDate.now(clock);
    Map<String, Integer> days = Map.of("Task_ReportOfficer", 1, "Task_Investigate", 5, "Task_Contain", 1,
        "Task_NotifyPersons", 5, "Task_ReportHeadOffice", 3, "Task_ReportPrefecture", 5);
    for (String key : HQ_TASKS) {
      Task task = task(instance, key);
      Job overdue = job(instance, "Timer_" + key.substring(5) + "Overdue");
      assertThat(overdue.getDuedate()).as(key).isEqualTo(task.getDueDate());
      assertThat(calendar.businessDaysBetween(today, LocalDate.ofInstant(task.getDueDate().toInstant(), TOKYO)))
          .as(key).isEqualTo(days.get(key).longValue());
      long before = notifications.unreadCount("privacy-lead");
      managementService.executeJob(overdue.getId());
      assertThat(notifications.unreadCount("privacy-lead")).as(key).isGreaterThan(before);
    }
    for (String key : HQ_TASKS) {
      completeHqTask(instance, key, director);
    }
    Job measuresOverdue = job(instance, "Timer_MeasuresOverdue");
    assertThat(calendar.businessDaysBetween(today, LocalDate.ofInstant(measuresOverdue.getDuedate().toInstant(),
        TOKYO))).isEqualTo(10);
    long before = notifications.unreadCount("director");
    managementService.executeJob(measuresOverdue.getId());
    assertThat(notifications.unreadCount("director")).isGreaterThan(before);
  }

  @Test
  void aNotificationOrPublicationAndThePrefectureDecisionAreRecordedOnTheLog() {
    ProcessInstance instance = report(nurse, ordinary(2L));
    setUp(instance, director, Map.of());
    actions.complete(director, task(instance, "Task_NotifyPersons").getId(), Map.of("notificationDecision",
        "published", "notificationReason", "連絡先不明のためホームページに掲載", "noticeCause", "誤送信",
        "noticeSecondaryDamage", "なし"), "published", "連絡先不明");
    actions.complete(director, task(instance, "Task_ReportPrefecture").getId(), Map.of("prefectureDecision",
        "notNeeded", "prefectureReason", "二次被害のおそれがない"), "notNeeded", "二次被害のおそれがない");
    assertThat(incidents.logOf(incidents.byKey(instance.getBusinessKey()))).extracting(IncidentLogEntry::getDetail)
        .anySatisfy(d -> assertThat(d).contains("公表(通知が困難)").contains("ホームページ"))
        .anySatisfy(d -> assertThat(d).contains("報告不要").contains("二次被害のおそれがない"));
  }

  @Test
  void theReporterCannotDecideTheNotificationOrCloseTheHeadquarters() {
    ProcessInstance instance = report(privacyLead, ordinary(2L));
    setUp(instance, director, Map.of());
    assertThatThrownBy(() -> completeHqTask(instance, "Task_NotifyPersons", privacyLead))
        .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.messageKey()).isEqualTo("task.error.fourEyes"));
  }

  @Test
  void badInputIsRefusedWithAMessageAndNothingStarts() {
    Map<String, Object> future = medical();
    future.put("foundDate", LocalDate.now(clock).plusDays(2).toString());
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count();
    assertThatThrownBy(() -> report(nurse, future)).isInstanceOfSatisfying(ActionRefused.class,
        e -> assertThat(e.messageKey()).isEqualTo("incident.error.foundInFuture"));
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(before);

    ProcessInstance instance = report(nurse, ordinary(2L));
    setUp(instance, director, Map.of());
    for (String task : HQ_TASKS) {
      completeHqTask(instance, task, director);
    }
    Map<String, Object> unknownOwner = Map.of("measure1", "手順書の改訂", "measureOwner1", "nobody",
        "measureDue1", LocalDate.now(clock).plusDays(30).toString());
    assertThatThrownBy(() -> actions.complete(director, task(instance, "Task_Measures").getId(), unknownOwner, null,
        null)).isInstanceOfSatisfying(ActionRefused.class,
        e -> assertThat(e.messageKey()).isEqualTo("incident.error.measureOwner"));
    assertThat(instance).isWaitingAt("Task_Measures");
  }

  @Test
  void theBoardAndThePpcReportsAreForTheHeadAndTheDeputyOnly() {
    ProcessInstance instance = report(nurse, medical());
    setUp(instance, director, Map.of());
    submitPpc(instance, "Task_PpcPreliminary");
    String key = instance.getBusinessKey();
    for (String user : List.of("director", "privacy-lead")) {
      WebSession browser = WebSession.loggedIn(baseUrl(), user, "demo");
      HttpResponse<String> page = browser.get("/incident.xhtml?key=" + key);
      assertThat(page.statusCode()).as("board as %s", user).isEqualTo(200);
      assertThat(page.body()).contains(key).contains("速報の期限").contains("個人情報保護委員会への確報");
      HttpResponse<String> print = browser.get("/incident-ppc.xhtml?key=" + key + "&kind=PRELIMINARY");
      assertThat(print.statusCode()).as("print as %s", user).isEqualTo(200);
      assertThat(print.body()).contains("(9) その他参考となる事項").contains("速報: 紹介状2通");
      HttpResponse<String> csv = browser.get("/incident/ppc.csv?key=" + key + "&kind=PRELIMINARY");
      assertThat(csv.statusCode()).as("csv as %s", user).isEqualTo(200);
      assertThat(csv.body()).startsWith("\uFEFF\"項目\",\"内容\"").contains("\"報告の種類\",\"速報\"")
          .contains("\"(1) 概要\",\"速報: 紹介状2通を別の患者に誤って渡した\"")
          .contains("\"(9) その他参考となる事項\",\"'=1+1\"");
    }
    for (String user : List.of("nurse", "records-manager", "exec", "hq-officer", "admin")) {
      WebSession browser = WebSession.loggedIn(baseUrl(), user, "demo");
      assertThat(browser.get("/incident.xhtml?key=" + key).statusCode()).as("board as %s", user).isEqualTo(403);
      assertThat(browser.get("/incident-ppc.xhtml?key=" + key + "&kind=PRELIMINARY").statusCode())
          .as("print as %s", user).isEqualTo(403);
      assertThat(browser.get("/incident/ppc.csv?key=" + key + "&kind=PRELIMINARY").statusCode())
          .as("csv as %s", user).isEqualTo(403);
      // /faces/* serves no page (404); staff pass the URL rule since members are named from any staff role
      assertThat(browser.get("/faces/incident.xhtml?key=" + key).statusCode()).as("/faces as %s", user)
          .isIn(403, 404);
    }
  }

  // --- steps

  private ProcessInstance report(StaffPrincipal who, Map<String, Object> vars) {
    return procedures.start(who, KEY, vars);
  }

  /** A medical leak: two referral letters handed to the wrong patient, found an hour ago. */
  private Map<String, Object> medical() {
    return LeakReports.medical(clock, "紹介状2通を別の患者に誤って渡した");
  }

  private Map<String, Object> ordinary(Long persons) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("whatHappened", "職員名簿を誤送信した");
    vars.put("dataItems", "氏名、内線番号");
    vars.put("personCount", persons);
    vars.put("countUnknown", persons == null);
    vars.put("medium", "electronic");
    return vars;
  }

  private void setUp(ProcessInstance instance, StaffPrincipal head, Map<String, Object> facts) {
    Map<String, Object> vars = new HashMap<>(facts);
    vars.put("setupDecision", "setUp");
    actions.complete(head, task(instance, "Task_SetUpHq").getId(), vars, "setUp", null);
  }

  private void completeHqTask(ProcessInstance instance, String key, StaffPrincipal who) {
    Map<String, Object> vars = switch (key) {
      case "Task_ReportOfficer" -> Map.of("officerReport", "電話で本社に第一報");
      case "Task_Investigate" -> Map.of("investigationFacts", "受付で封筒を取り違えた", "investigationCause",
          "氏名の確認を省いた", "investigationScope", "2名、紹介状");
      case "Task_Contain" -> Map.of("containmentMeasures", "2通とも回収した", "secondaryDamage", "none");
      case "Task_NotifyPersons" -> Map.of("notificationDecision", "notified", "notificationReason", "電話で2名に説明",
          "noticeCause", "氏名の確認を省いた", "noticeSecondaryDamage", "なし");
      case "Task_ReportHeadOffice" -> Map.of("headOfficeReport", "別紙11により報告");
      case "Task_ReportPrefecture" -> Map.of("prefectureDecision", "reported", "prefectureReason", "東京都に電話で報告");
      default -> throw new IllegalArgumentException(key);
    };
    actions.complete(who, task(instance, key).getId(), vars, (String) vars.get(key.equals("Task_NotifyPersons")
        ? "notificationDecision" : "prefectureDecision"), null);
  }

  private void submitPpc(ProcessInstance instance, String key) {
    Map<String, Object> vars = new HashMap<>();
    for (String item : PpcReport.ITEMS.keySet()) {
      vars.put(item, "記載: " + item);
    }
    vars.put("ppcSummary", "速報: 紹介状2通を別の患者に誤って渡した");
    vars.put("ppcOther", "=1+1");
    actions.complete(director, task(instance, key).getId(), vars, null, null);
  }

  private void decideMeasures(ProcessInstance instance, String owner) {
    actions.complete(privacyLead, task(instance, "Task_Measures").getId(), Map.of("measure1",
        "受付での氏名・生年月日の二点確認を徹底する", "measureOwner1", owner, "measureDue1",
        LocalDate.now(clock).plusDays(30).toString()), null, null);
  }
}
