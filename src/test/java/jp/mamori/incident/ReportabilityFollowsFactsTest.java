package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import jp.mamori.notification.Notifications;
import jp.mamori.organization.calendar.BusinessCalendar;
import jp.mamori.testing.Rest;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #13 item 3, the ruling follows the facts (個人情報保護法第26条, 規則第7条・第8条): the investigation confirms
 * or changes the facts the decision table reads, reportability is judged again, a case that becomes reportable gets
 * its 速報 and 確報 tasks with the right period from awareness, and the headquarters cannot close — on any channel —
 * while a required report is missing.
 */
class ReportabilityFollowsFactsTest extends LeakIncidentTest {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  @Autowired Notifications notifications;
  @Autowired BusinessCalendar calendar;

  @Test
  @DisplayName("規則第7条第1号・個人情報保護法第26条: 調査で要配慮個人情報と判明すれば報告対象となり、速報・確報(知った日から30日)のタスクが現れる")
  void aLaterFindingOfSpecialCareDataMakesTheCaseReportable() {
    ProcessInstance instance = reportAndSetUp(ordinary(10L));
    String key = instance.getBusinessKey();
    assertThat(incidents.byKey(key).getReportable()).isFalse();
    assertThat(task(instance, "Task_PpcPreliminary")).isNull();
    long directorBefore = notifications.unreadCount("director");

    investigate(instance, Map.of("specialCare", true));

    Incident incident = incidents.byKey(key);
    assertThat(incident.getReportable()).isTrue();
    assertThat(incident.getReportabilityReason()).contains("要配慮個人情報");
    assertThat(incident.getFinalReportDays()).isEqualTo(30);
    LocalDate awareDay = incident.getAwareAt().atZone(TOKYO).toLocalDate();
    assertThat(incident.getPreliminaryDueAt().atZone(TOKYO).toLocalDateTime())
        .isEqualTo(awareDay.plusDays(3).atTime(23, 59, 59));
    assertThat(incident.getFinalDueAt().atZone(TOKYO).toLocalDateTime())
        .isEqualTo(awareDay.plusDays(30).atTime(23, 59, 59));
    assertThat(task(instance, "Task_PpcPreliminary").getDueDate().toInstant()).isEqualTo(incident.getPreliminaryDueAt());
    assertThat(job(instance, "Timer_FinalOverdue").getDuedate().toInstant()).isEqualTo(incident.getFinalDueAt());
    assertThat(notifications.unreadCount("director")).isGreaterThan(directorBefore);
    assertThat(incidents.logOf(incident)).extracting(IncidentLogEntry::getAction)
        .containsSubsequence("PPC_NOT_REPORTABLE", "FACTS_FOUND", "PPC_REPORTABLE");
    assertThat((String) runtimeService.getVariable(instance.getId(), "ppcSummary")).contains("職員名簿");
  }

  @Test
  @DisplayName("規則第7条第3号・第8条2項: 調査で不正の目的が判明すれば確報は知った日から60日、動いているタイマーも移る")
  void aLaterFindingOfAnUnlawfulPurposeGivesSixtyDaysAndMovesTheTimers() {
    ProcessInstance instance = reportAndSetUp(LeakReports.medical(clock, "紹介状を誤って渡した"));
    Incident before = incidents.byKey(instance.getBusinessKey());
    assertThat(before.getFinalReportDays()).isEqualTo(30);

    investigate(instance, Map.of("unlawfulPurpose", true));

    Incident after = incidents.byKey(instance.getBusinessKey());
    LocalDate awareDay = after.getAwareAt().atZone(TOKYO).toLocalDate();
    assertThat(after.getFinalReportDays()).isEqualTo(60);
    assertThat(after.getFinalDueAt().atZone(TOKYO).toLocalDate()).isEqualTo(awareDay.plusDays(60));
    assertThat(after.getPreliminaryDueAt()).isEqualTo(before.getPreliminaryDueAt());
    assertThat(job(instance, "Timer_FinalOverdue").getDuedate().toInstant()).isEqualTo(after.getFinalDueAt());
    assertThat(job(instance, "Timer_FinalReminder").getDuedate().toInstant())
        .isEqualTo(calendar.lastBusinessMomentAtOrBefore(after.getFinalDueAt().minus(java.time.Duration.ofDays(7))));
    assertThat(tasks(instance, "Task_PpcPreliminary")).hasSize(1);
    assertThat(incidents.logOf(after)).extracting(IncidentLogEntry::getAction).contains("PPC_PERIOD_CHANGED");
  }

  @Test
  @DisplayName("規則第7条第4号: 調査で1,000人超、又は人数不明で1,000人を超えるおそれが判明すれば報告対象")
  void aLaterFindingOfMoreThanAThousandPersonsOrItsRiskMakesTheCaseReportable() {
    ProcessInstance counted = reportAndSetUp(ordinary(null));
    assertThat(incidents.byKey(counted.getBusinessKey()).getReportable()).isFalse();
    investigate(counted, Map.of("personCount", 1200L));
    Incident countedIncident = incidents.byKey(counted.getBusinessKey());
    assertThat(countedIncident.getReportable()).isTrue();
    assertThat(countedIncident.getPersonCount()).isEqualTo(1200);
    assertThat(countedIncident.getReportabilityReason()).contains("1,000人");
    assertThat(task(counted, "Task_PpcPreliminary")).isNotNull();

    ProcessInstance risk = reportAndSetUp(ordinary(null));
    investigate(risk, Map.of("mayExceedThousand", true));
    assertThat(incidents.byKey(risk.getBusinessKey()).getReportabilityReason()).contains("おそれ");
    assertThat(task(risk, "Task_PpcPreliminary")).isNotNull();
  }

  @Test
  @DisplayName("個人情報保護法第26条: いったん報告対象となった事態は、再判定で対象外に戻らない(漏えい等がなければ格下げ)")
  void aReportableCaseStaysReportable() {
    ProcessInstance instance = reportAndSetUp(LeakReports.medical(clock, "紹介状を誤って渡した"));
    investigate(instance, Map.of("specialCare", false, "specialCareReason", "病名は記載されていなかった"));
    Incident incident = incidents.byKey(instance.getBusinessKey());
    assertThat(incident.getReportable()).isTrue();
    assertThat(task(instance, "Task_PpcPreliminary")).isNotNull();
    assertThat(incidents.logOf(incident)).extracting(IncidentLogEntry::getAction).endsWith("PPC_RULING_KEPT");
  }

  @Test
  @DisplayName("規則第7条第1号: 調査でも、項目に病名があるのに要配慮を外すには理由が要る")
  void theInvestigationChecksTheFactsAsTheSetUpDoes() {
    ProcessInstance instance = reportAndSetUp(LeakReports.medical(clock, "紹介状を誤って渡した"));
    assertThatThrownBy(() -> investigate(instance, Map.of("specialCare", false)))
        .isInstanceOfSatisfying(ActionRefused.class,
            e -> assertThat(e.messageKey()).isEqualTo("incident.error.specialCareNamed"));
    assertThat(task(instance, "Task_Investigate")).isNotNull();
  }

  @Test
  @DisplayName("個人情報保護法第26条: 報告対象の事態は速報・確報が済むまで対策本部を解散できない(画面でも REST でも)")
  void theHeadquartersCannotCloseWhileARequiredReportIsMissing() {
    ProcessInstance instance = reportAndSetUp(ordinary(2L));
    for (String task : LeakIncidentProcessTest.HQ_TASKS) {
      if (task.equals("Task_Investigate")) {
        investigate(instance, Map.of("specialCare", true));
      } else {
        actions.complete(director, task(instance, task).getId(), HeadquartersLeadershipTest.hqValues(task), null,
            null);
      }
    }
    actions.complete(privacyLead, task(instance, "Task_Measures").getId(), Map.of("measure1", "二点確認",
        "measureOwner1", "records-manager", "measureDue1", LocalDate.now(clock).plusDays(30).toString()), null, null);
    String close = task(instance, "Task_Close").getId();

    assertThatThrownBy(() -> actions.complete(director, close, closeValues(), "close", null))
        .isInstanceOfSatisfying(ActionRefused.class, e -> {
          assertThat(e.messageKey()).isEqualTo("incident.error.ppcMissing");
          assertThat(e.args()).containsExactly("速報");
        });
    HttpResponse<String> overRest = Rest.as(baseUrl(), "director", "demo").post("/engine-rest/task/" + close
        + "/complete", "{\"variables\":{\"closeDecision\":{\"value\":\"close\"},"
        + "\"closeReason\":{\"value\":\"対応を完了した\"}}}");
    assertThat(overRest.statusCode()).as(overRest.body()).isNotEqualTo(204);
    assertThat(instance).isWaitingAt("Task_Close");

    submit(instance, "Task_PpcPreliminary");
    assertThatThrownBy(() -> actions.complete(director, close, closeValues(), "close", null))
        .isInstanceOfSatisfying(ActionRefused.class, e -> assertThat(e.args()).containsExactly("確報"));
    submit(instance, "Task_PpcFinal");
    actions.complete(director, close, closeValues(), "close", null);
    assertThat(instance).isEnded().hasPassed("End_Closed", "End_PpcReported");
    assertThat(incidents.byKey(instance.getBusinessKey()).getStatus()).isEqualTo(IncidentStatus.CLOSED);
  }

  // --- steps

  private ProcessInstance reportAndSetUp(Map<String, Object> report) {
    ProcessInstance instance = procedures.start(nurse, LeakIncidentProcessTest.KEY, report);
    actions.complete(director, task(instance, "Task_SetUpHq").getId(), Map.of("setupDecision", "setUp"), "setUp",
        null);
    return instance;
  }

  private void investigate(ProcessInstance instance, Map<String, Object> facts) {
    Map<String, Object> values = new HashMap<>(HeadquartersLeadershipTest.hqValues("Task_Investigate"));
    values.putAll(facts);
    actions.complete(privacyLead, task(instance, "Task_Investigate").getId(), values, null, null);
  }

  private void submit(ProcessInstance instance, String task) {
    Map<String, Object> items = new HashMap<>();
    PpcReport.ITEMS.keySet().forEach(item -> items.put(item, "記載"));
    actions.complete(director, task(instance, task).getId(), items, null, null);
  }

  private static Map<String, Object> ordinary(Long persons) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("whatHappened", "職員名簿を誤送信した");
    vars.put("dataItems", "氏名、住所");
    vars.put("personCount", persons);
    vars.put("countUnknown", persons == null);
    vars.put("medium", "electronic");
    return vars;
  }

  private static Map<String, Object> closeValues() {
    return Map.of("closeDecision", "close", "closeReason", "対応を完了した");
  }
}
