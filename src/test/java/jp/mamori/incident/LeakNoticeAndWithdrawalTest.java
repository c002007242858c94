package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.Map;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #13 items 6 and 7: what the notice to the persons said (規則第10条) is recorded, and a downgrade after a
 * report to the PPC creates the task to tell the PPC of the withdrawal or correction (APPI 第26条), with the head's
 * reason kept.
 */
class LeakNoticeAndWithdrawalTest extends LeakIncidentTest {

  static final String KEY = LeakIncidentProcessTest.KEY;

  @Autowired IncidentBoard board;

  @Test
  @DisplayName("規則第10条: the notice records its items (概要・項目・原因・二次被害・その他), prefilled from the report and the investigation")
  void theNoticeToThePersonsRecordsTheItemsOfRule10() {
    ProcessInstance instance = reportAndSetUp();
    String notify = task(instance, "Task_NotifyPersons").getId();
    assertThat(taskService.getVariable(notify, "noticeSummary")).isEqualTo("紹介状を誤って渡した");
    assertThat(taskService.getVariable(notify, "noticeDataItems")).isEqualTo("氏名、病名、検査結果");
    // the cause is not known yet: a notice without it is refused, on every channel (the glue checks it)
    Map<String, Object> methodOnly = Map.of("notificationDecision", "notified", "notificationReason", "電話で説明");
    assertThatThrownBy(() -> actions.complete(director, notify, methodOnly, "notified", null))
        .isInstanceOfSatisfying(ActionRefused.class,
            e -> assertThat(e.messageKey()).isEqualTo("incident.error.noticeItem.noticeCause"));
    assertThat(instance).isWaitingAt("Task_NotifyPersons");

    // the investigation and the containment fill the cause and the secondary damage in
    actions.complete(privacyLead, task(instance, "Task_Investigate").getId(), Map.of("investigationFacts",
        "受付で取り違えた", "investigationCause", "氏名の確認を省いた", "investigationScope", "2名"), null, null);
    actions.complete(privacyLead, task(instance, "Task_Contain").getId(), Map.of("containmentMeasures", "回収した",
        "secondaryDamage", "none"), null, null);
    assertThat(taskService.getVariable(notify, "noticeCause")).isEqualTo("氏名の確認を省いた");
    assertThat(taskService.getVariable(notify, "noticeSecondaryDamage")).isEqualTo("なし");
    actions.complete(director, notify, Map.of("notificationDecision", "notified", "notificationReason",
        "電話で2名に説明", "noticeOther", "お問い合わせ: 医事課 03-0000-0000"), "notified", null);
    assertThat(incidents.logOf(incidents.byKey(instance.getBusinessKey())))
        .filteredOn(e -> e.getAction().equals("NOTICE_CONTENT")).singleElement()
        .satisfies(e -> assertThat(e.getDetail()).contains("(1) 概要: 紹介状を誤って渡した")
            .contains("(2) 個人データの項目: 氏名、病名、検査結果").contains("(4) 原因: 氏名の確認を省いた")
            .contains("(5) 二次被害又はそのおそれ: なし").contains("(9) その他参考となる事項: お問い合わせ"));
  }

  @Test
  @DisplayName("個人情報保護法第26条: a downgrade after the 速報 creates the task to tell the PPC, with the head's reason kept")
  void aDowngradeAfterThePreliminaryReportAsksToTellThePpc() {
    ProcessInstance instance = reportAndSetUp();
    Map<String, Object> items = new HashMap<>();
    PpcReport.ITEMS.keySet().forEach(item -> items.put(item, "記載"));
    actions.complete(director, task(instance, "Task_PpcPreliminary").getId(), items, null, null);

    board.downgrade(director, instance.getBusinessKey(), "誤送信先は院内の同じ診療科で外部への漏えいはなかった");
    assertThat(instance).isWaitingAt("Task_PpcWithdrawal");
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
    String withdrawal = task(instance, "Task_PpcWithdrawal").getId();
    assertThat(taskService.getIdentityLinksForTask(withdrawal)).extracting(IdentityLink::getGroupId)
        .contains("total-manager", "supervising-manager");
    assertThat(taskService.getVariable(withdrawal, "downgradeReason")).isEqualTo("誤送信先は院内の同じ診療科で外部への漏えいはなかった");
    Incident incident = incidents.byKey(instance.getBusinessKey());
    assertThat(incident.getStatus()).isEqualTo(IncidentStatus.DOWNGRADED);
    assertThat(incident.getDowngradeReason()).contains("外部への漏えいはなかった");
    // deadline and escalation
    assertThat(task(instance, "Task_PpcWithdrawal").getDueDate()).isNotNull();
    runJob(instance, "Timer_PpcWithdrawalRemind");

    assertThatThrownBy(() -> actions.complete(privacyLead, withdrawal, Map.of("ppcWithdrawalKind", "withdrawal"),
        null, null)).isInstanceOfSatisfying(ActionRefused.class,
        e -> assertThat(e.messageKey()).isEqualTo("incident.error.reasonRequired"));
    actions.complete(privacyLead, withdrawal, Map.of("ppcWithdrawalKind", "withdrawal", "ppcWithdrawalNote",
        "委員会の報告窓口に電話し、速報の取下げを連絡した"), null, null);
    assertThat(instance).isEnded().hasPassed("Task_PpcWithdrawal");
    assertThat(incidents.logOf(incident)).filteredOn(e -> e.getAction().equals("PPC_WITHDRAWN")).singleElement()
        .satisfies(e -> assertThat(e.getDetail()).contains("報告の取下げ").contains("外部への漏えいはなかった"));
  }

  @Test
  @DisplayName("個人情報保護法第26条: a downgrade before any report to the PPC asks nothing of the PPC")
  void aDowngradeBeforeAnyReportEndsTheCase() {
    ProcessInstance instance = reportAndSetUp();
    board.downgrade(director, instance.getBusinessKey(), "誤報");
    assertThat(instance).isEnded().hasNotPassed("Task_PpcWithdrawal");
  }

  private ProcessInstance reportAndSetUp() {
    ProcessInstance instance = procedures.start(nurse, KEY, LeakReports.medical(clock, "紹介状を誤って渡した"));
    actions.complete(director, task(instance, "Task_SetUpHq").getId(), Map.of("setupDecision", "setUp"), "setUp",
        null);
    return instance;
  }
}
