package jp.mamori.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import jp.mamori.notification.Notifications;
import jp.mamori.organization.calendar.BusinessCalendar;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.testing.ProcessTest;
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
 * processes/complaint.bpmn (第10条; Keio 33, 35): the desk registers a complaint, the supervising manager assigns
 * it, the investigator drafts the answer, the desk answers and the case closes with the answer in the trail; the
 * target time is reminded and escalated; links to other cases are checked by case number.
 */
class ComplaintProcessTest extends ProcessTest {

  @Autowired Notifications notifications;
  @Autowired BusinessCalendar calendar;
  @Autowired ComplaintSettings settings;

  StaffPrincipal desk;
  StaffPrincipal privacyLead;
  StaffPrincipal recordsManager;
  StaffPrincipal director;

  @BeforeEach
  void users() {
    desk = user("desk");
    privacyLead = user("privacy-lead");
    recordsManager = user("records-manager");
    director = user("director");
  }

  Map<String, Object> complaint(String linkedCase) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("complainantName", "山本 一郎");
    vars.put("complainantContact", "03-0000-0000");
    vars.put("receivedOn", LocalDate.now(clock).toString());
    vars.put("channel", "counter");
    vars.put("topic", "staff");
    vars.put("complaintText", "待合室で他の患者に聞こえる声で病名を呼ばれた。");
    if (linkedCase != null) {
      vars.put("linkedCase", linkedCase);
    }
    return vars;
  }

  @Test
  @DisplayName("第10条: 医事課の窓口が苦情を受け付け、個人情報管理者が調査し、窓口が期限内に回答して終結する")
  void theDeskRegistersTheManagerInvestigatesTheDeskAnswers() {
    ProcessInstance instance = start(desk, "complaint", complaint(null));
    assertThat(instance.getBusinessKey()).startsWith("CP-");
    assertThat(instance).isWaitingAt("Task_Assign").task().hasCandidateGroup("supervising-manager");
    LocalDate due = calendar.addBusinessDays(LocalDate.now(clock), settings.getReviewDays());
    assertThat(runtimeService.getVariable(instance.getId(), "answerDueOn")).isEqualTo(due.toString());

    complete(privacyLead, instance, Map.of("investigatorGroup", "information-manager",
        "assignNote", "受付の呼出し方法を確認"), null, null);
    assertThat(instance).isWaitingAt("Task_Investigate").task().hasCandidateGroup("information-manager");
    assertThat(LocalDate.ofInstant(task(instance).getDueDate().toInstant(), calendar.settings().zone()))
        .isEqualTo(due);

    complete(recordsManager, instance, Map.of("findings", "受付で氏名と病名を読み上げていた。",
        "answerDraft", "番号での呼出しに改めます。"), null, null);
    assertThat(instance).isWaitingAt("Task_Answer").task().hasCandidateGroup("medical-affairs-desk");
    complete(desk, instance, Map.of("answeredOn", LocalDate.now(clock).toString(), "answerMethod", "phone",
        "answerText", "お詫びし、番号での呼出しに改めたことをお伝えしました。"), null, null);

    assertThat(instance).isEnded();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("answeredOnTime").singleResult().getValue()).isEqualTo(true);
    assertThat(trail.ofCase(instance.getId())).anySatisfy(e -> {
      assertThat(e.getAction()).isEqualTo("COMPLAINT_CLOSED");
      assertThat(e.getActor()).isEqualTo("desk");
      assertThat(e.getReason()).contains("番号での呼出し");
      assertThat(e.getDetail()).contains("onTime=true");
    });
  }

  @Test
  @DisplayName("第10条: 回答の目標期限を過ぎた調査は督促され、さらに過ぎると上位の役割にエスカレーションされる")
  void anOverdueInvestigationIsRemindedThenEscalated() {
    ProcessInstance instance = start(desk, "complaint", complaint(null));
    complete(privacyLead, instance, Map.of("investigatorGroup", "information-manager"), null, null);
    Task investigation = task(instance);
    Job reminder = job(instance, "Timer_AnswerReminder");
    Job escalation = job(instance, "Timer_AnswerEscalation");
    assertThat(reminder.getDuedate()).isEqualTo(investigation.getDueDate());
    assertThat(escalation.getDuedate()).isAfter(reminder.getDuedate());

    long managerUnread = notifications.unreadCount("records-manager");
    managementService.executeJob(reminder.getId());
    assertThat(notifications.unreadCount("records-manager")).isEqualTo(managerUnread + 1);

    managementService.executeJob(escalation.getId());
    assertThat(taskService.getIdentityLinksForTask(investigation.getId())).extracting(IdentityLink::getGroupId)
        .contains("information-manager", "supervising-manager");
    assertThat(instance).isWaitingAt("Task_Investigate");
    // the supervising manager may now investigate it
    complete(privacyLead, instance, Map.of("findings", "確認済み", "answerDraft", "回答案"), null, null);
    assertThat(instance).isWaitingAt("Task_Answer");
  }

  @Test
  @DisplayName("第10条(慶應33条): 苦情は既存の案件(漏えい等・開示等の請求)に案件番号で関連付けられ、存在しない番号は断られる")
  void aComplaintLinksToAnExistingCaseByItsNumber() {
    ProcessInstance other = start(desk, "complaint", complaint(null));
    ProcessInstance linked = start(desk, "complaint", complaint(other.getBusinessKey()));
    assertThat(runtimeService.getVariable(linked.getId(), "linkedCase")).isEqualTo(other.getBusinessKey());

    assertThatThrownBy(() -> start(desk, "complaint", complaint("IN-19990101-NOSUCH")))
        .isInstanceOf(ActionRefused.class).hasMessage("complaint.error.unknownCase");

    // an investigation that reveals a case links it then
    complete(privacyLead, linked, Map.of("investigatorGroup", "supervising-manager"), null, null);
    assertThat(linked).isWaitingAt("Task_Investigate").task().hasCandidateGroup("supervising-manager");
    assertThatThrownBy(() -> complete(privacyLead, linked, Map.of("findings", "f", "answerDraft", "a",
        "linkedCase", "NOSUCH-1"), null, null)).isInstanceOf(ActionRefused.class);
    complete(privacyLead, linked, Map.of("findings", "f", "answerDraft", "a", "linkedCase", other.getBusinessKey()),
        null, null);
    assertThat(linked).isWaitingAt("Task_Answer");
  }

  @Test
  @DisplayName("第10条: 調査の担当は個人情報統括管理者か個人情報管理者だけで、回答日は受付から今日までに限られる")
  void theInvestigatorIsAManagerAndTheAnswerDateIsPlausible() {
    ProcessInstance instance = start(desk, "complaint", complaint(null));
    assertThatThrownBy(() -> complete(privacyLead, instance, Map.of("investigatorGroup", "handler"), null, null))
        .isInstanceOf(RuntimeException.class);
    complete(privacyLead, instance, Map.of("investigatorGroup", "supervising-manager"), null, null);
    complete(privacyLead, instance, Map.of("findings", "f", "answerDraft", "a"), null, null);
    assertThatThrownBy(() -> complete(desk, instance, Map.of("answeredOn", LocalDate.now(clock).plusDays(3).toString(),
        "answerMethod", "letter", "answerText", "回答"), null, null)).isInstanceOf(ActionRefused.class);
    assertThat(instance).isWaitingAt("Task_Answer");
  }
}
