package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import jp.mamori.dashboard.Dashboard;
import jp.mamori.dashboard.DashboardReading;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.testing.ProcessTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #13 item 5, the clock runs from awareness (個人情報保護法第26条, 規則第8条): on the engine's clock
 * ({@code ClockUtil}, which is also the app's), around Golden Week 2026 — 4/29 昭和の日, 5/2–5/3 weekend and
 * 憲法記念日, 5/4 みどりの日, 5/5 こどもの日, 5/6 振替休日.
 */
class ClockFromAwarenessTest extends ProcessTest {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  @Autowired Incidents incidents;
  @Autowired IncidentBoard board;
  @Autowired Dashboard dashboard;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName("規則第8条: 設置前でも要配慮個人情報の事案は速報・確報の期限を示し、過ぎれば掲示板とダッシュボードで期限超過")
  void beforeSetUpAReportableIncidentShowsItsDeadlinesAndGoesOverdue() {
    now("2026-04-30T10:00");
    ProcessInstance instance = report(LeakReports.medical(clock, "紹介状を誤って渡した"));
    Incident incident = incidents.byKey(instance.getBusinessKey());
    assertThat(incident.getStatus()).isEqualTo(IncidentStatus.REPORTED);
    assertThat(incident.getReportable()).isTrue();
    assertThat(incident.getPreliminaryDueAt()).isEqualTo(at("2026-05-03T23:59:59"));
    assertThat(incident.getFinalDueAt()).isEqualTo(at("2026-05-30T23:59:59"));
    assertThat(task(instance, "Task_PpcPreliminary")).as("the PPC tasks come with the set-up").isNull();
    assertThat(incidents.logOf(incident)).extracting(IncidentLogEntry::getAction).contains("PPC_PREJUDGED");
    assertThat(openIncident(instance).preliminaryDueAt()).isEqualTo(at("2026-05-03T23:59:59"));
    assertThat(openIncident(instance).overdue()).isFalse();

    now("2026-05-04T09:00");
    assertThat(openIncident(instance).preliminaryOverdue()).isTrue();
    assertThat(board.overdue(incidents.byKey(instance.getBusinessKey()), PpcReportKind.PRELIMINARY)).isTrue();
    assertThat(DashboardReading.rowsBehind(dashboard, "incidents.preliminaryOverdue"))
        .anyMatch(row -> instance.getBusinessKey().equals(row.get("case")));
  }

  @Test
  @DisplayName("規則第8条: 設置前の事実が報告対象外なら、期限は設置時の判定を待つ")
  void anIncidentOutsideTheRuleShowsNoDeadlineBeforeSetUp() {
    now("2026-04-30T10:00");
    ProcessInstance instance = report(ordinary(3L));
    assertThat(incidents.byKey(instance.getBusinessKey()).getReportable()).isNull();
    assertThat(openIncident(instance).preliminaryDueAt()).isNull();
  }

  @Test
  @DisplayName("規則第8条: 確報の督促・エスカレーションは設置から動き、休日に当たれば直前の営業日に前倒し(期限そのものは延びない)")
  void remindersRunFromSetUpAndMoveToTheLastBusinessDayBefore() {
    now("2026-04-30T10:00");
    ProcessInstance instance = report(LeakReports.medical(clock, "紹介状を誤って渡した"));
    setUp(instance);
    // 速報: due Sun 5/3 (憲法記念日) 23:59:59; the reminder (a day before: Sat) and the escalation (12 h before: Sun)
    // move to Fri 5/1, by its closing time at the latest
    assertThat(due(instance, "Timer_PreliminaryOverdue")).isEqualTo(at("2026-05-03T23:59:59"));
    assertThat(due(instance, "Timer_PreliminaryReminder")).isEqualTo(at("2026-05-01T17:00"));
    assertThat(due(instance, "Timer_PreliminaryEscalation")).isEqualTo(at("2026-05-01T11:59:59"));
    // 確報: due Sat 5/30; its timers run before the 速報 is submitted; the reminder (a week before: Sat 5/23) moves to
    // Fri 5/22, the escalation (Thu 5/28) is a business day and stays
    assertThat(task(instance, "Task_PpcPreliminary")).isNotNull();
    assertThat(due(instance, "Timer_FinalOverdue")).isEqualTo(at("2026-05-30T23:59:59"));
    assertThat(due(instance, "Timer_FinalReminder")).isEqualTo(at("2026-05-22T17:00"));
    assertThat(due(instance, "Timer_FinalEscalation")).isEqualTo(at("2026-05-28T23:59:59"));
  }

  @Test
  @DisplayName("第35条1(2)・規則第8条: 速報の期限が翌営業日より近ければ、管理責任者への報告と封じ込めは時間単位の期限")
  void theFirstStepsAreDueInHoursWhenThePreliminaryReportIsDueBeforeTheNextBusinessDay() {
    now("2026-05-01T20:00");
    ProcessInstance reportable = report(LeakReports.medical(clock, "紹介状を誤って渡した"));
    setUp(reportable);
    // 速報 due Mon 5/4 (みどりの日) 23:59:59; the next business day is Thu 5/7
    for (String step : new String[] {"ReportOfficer", "Contain"}) {
      assertThat(task(reportable, "Task_" + step).getDueDate().toInstant()).as(step).isEqualTo(at("2026-05-02T20:00"));
      assertThat(due(reportable, "Timer_" + step + "Overdue")).as(step).isEqualTo(at("2026-05-02T20:00"));
      assertThat(due(reportable, "Timer_" + step + "Escalate")).as(step).isEqualTo(at("2026-05-03T08:00"));
    }
    assertThat(task(reportable, "Task_Investigate").getDueDate().toInstant()).isAfter(at("2026-05-07T00:00"));

    ProcessInstance ordinary = report(ordinary(3L));
    setUp(ordinary);
    assertThat(task(ordinary, "Task_ReportOfficer").getDueDate().toInstant()).isEqualTo(at("2026-05-07T17:00"));
    assertThat(due(ordinary, "Timer_ContainEscalate")).isEqualTo(at("2026-05-08T17:00"));
  }

  // --- steps

  private void now(String localDateTime) {
    ClockUtil.setCurrentTime(Date.from(at(localDateTime)));
  }

  private static Instant at(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(TOKYO).toInstant();
  }

  private ProcessInstance report(Map<String, Object> vars) {
    return procedures.start(user("nurse"), LeakIncidentProcessTest.KEY, vars);
  }

  private void setUp(ProcessInstance instance) {
    StaffPrincipal director = user("director");
    actions.complete(director, task(instance, "Task_SetUpHq").getId(), Map.of("setupDecision", "setUp"), "setUp",
        null);
  }

  private Instant due(ProcessInstance instance, String timer) {
    return job(instance, timer).getDuedate().toInstant();
  }

  private OpenIncident openIncident(ProcessInstance instance) {
    return incidents.open().stream().filter(o -> o.caseKey().equals(instance.getBusinessKey())).findFirst()
        .orElseThrow();
  }

  private static Map<String, Object> ordinary(Long persons) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("whatHappened", "職員名簿を誤送信した");
    vars.put("dataItems", "氏名、住所");
    vars.put("personCount", persons);
    vars.put("medium", "electronic");
    return vars;
  }
}
