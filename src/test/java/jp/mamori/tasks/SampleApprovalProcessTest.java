package jp.mamori.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.mamori.organization.calendar.BusinessCalendar;
import jp.mamori.process.FourEyesViolation;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.testing.ProcessTest;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of the platform's sample model (src/test/resources/test-processes/sampleApproval.bpmn), driven through
 * the app's own services as the demo users: start with a form, four-eyes refusal, approve, reject.
 */
class SampleApprovalProcessTest extends ProcessTest {

  @Autowired TaskListService taskList;
  @Autowired BusinessCalendar calendar;

  StaffPrincipal nurse;
  StaffPrincipal privacyLead;

  @BeforeEach
  void users() {
    nurse = user("nurse");
    privacyLead = user("privacy-lead");
  }

  @Test
  void handlerFilesAndSupervisingManagerApproves() {
    ProcessInstance instance = procedures.start(nurse, "sampleApproval", request("検体検査の外部委託"));

    assertThat(instance).isWaitingAt("Task_Review").task().hasCandidateGroup("supervising-manager");
    assertThat(instance.getBusinessKey()).startsWith("SMP-");
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "initiator")).isEqualTo("nurse");
    Task review = reviewTask(instance);
    LocalDate due = LocalDate.ofInstant(review.getDueDate().toInstant(), clock.getZone());
    assertThat(calendar.isBusinessDay(due)).isTrue();
    assertThat(calendar.businessDaysBetween(LocalDate.now(clock), due)).isEqualTo(3);

    actions.complete(privacyLead, review.getId(), Map.of("decision", "approve", "reason", "問題なし"), "approve",
        "問題なし");

    assertThat(instance).isEnded().hasPassed("EndEvent_Approved");
    assertThat(trail.ofCase(instance.getId())).extracting("action").contains("CASE_STARTED", "TASK_COMPLETED");
    assertThat(trail.ofCase(instance.getId())).filteredOn(e -> "TASK_COMPLETED".equals(e.getAction()))
        .singleElement().satisfies(e -> {
          assertThat(e.getActor()).isEqualTo("privacy-lead");
          assertThat(e.getReason()).isEqualTo("問題なし");
          assertThat(e.getDetail()).isEqualTo("decision=approve");
        });
  }

  @Test
  void supervisingManagerRejects() {
    ProcessInstance instance = procedures.start(nurse, "sampleApproval", request("院外への持ち出し"));

    actions.complete(privacyLead, reviewTask(instance).getId(), Map.of("decision", "reject"), "reject",
        "第20条2により院外持ち出しは不可");

    assertThat(instance).isEnded().hasPassed("EndEvent_Rejected");
  }

  @Test
  void theRequesterCannotDecideOnTheirOwnRequest() {
    ProcessInstance instance = procedures.start(privacyLead, "sampleApproval", request("自分の申請"));
    Task review = reviewTask(instance);

    assertThatThrownBy(() -> actions.claim(privacyLead, review.getId()))
        .isInstanceOf(ActionRefused.class).hasMessage("task.error.fourEyes");
    assertThatThrownBy(() -> actions.complete(privacyLead, review.getId(), Map.of("decision", "approve"),
        "approve", null))
        .isInstanceOf(ActionRefused.class).hasMessage("task.error.fourEyes");

    // nothing changed: still waiting, unassigned, and the engine refuses a direct assignment too
    assertThat(instance).isWaitingAt("Task_Review");
    assertThat(reviewTask(instance).getAssignee()).isNull();
    assertThatThrownBy(() -> taskService.setAssignee(review.getId(), "privacy-lead"))
        .hasRootCauseInstanceOf(FourEyesViolation.class);
  }

  @Test
  void aHandlerMayNotStartAProcedureTheModelDoesNotOfferThem() {
    StaffPrincipal desk = user("desk");
    assertThat(procedures.startableBy(desk)).extracting(Procedure::key).doesNotContain("sampleApproval");
    assertThatThrownBy(() -> procedures.start(desk, "sampleApproval", request("x")))
        .isInstanceOf(ActionRefused.class).hasMessage("start.error.notAllowed");
  }

  @Test
  void aSecondCompletionOfTheSameTaskIsToldTheTaskIsGone() {
    ProcessInstance instance = procedures.start(nurse, "sampleApproval", request("同時完了"));
    Task review = reviewTask(instance);
    actions.complete(privacyLead, review.getId(), Map.of("decision", "approve"), "approve", null);

    assertThatThrownBy(() -> actions.complete(privacyLead, review.getId(), Map.of("decision", "reject"),
        "reject", null))
        .isInstanceOf(ActionRefused.class).hasMessage("task.error.gone");
  }

  @Test
  void theCaseHistoryTellsWhoDidWhatAndWhy() {
    ProcessInstance instance = procedures.start(nurse, "sampleApproval", request("経過の確認"));
    Task review = reviewTask(instance);
    actions.comment(privacyLead, review.getId(), "委託先の誓約書を確認します");
    actions.complete(privacyLead, review.getId(), Map.of("decision", "reject"), "reject", "誓約書が未提出");

    List<HistoryEntry> history = engineHistory(instance);
    assertThat(history).extracting(HistoryEntry::kind)
        .containsSubsequence("started", "taskCreated", "comment", "decision", "taskCompleted", "ended");
    assertThat(history).filteredOn(h -> h.kind().equals("decision")).singleElement()
        .satisfies(h -> {
          // in words: the option's label as the form offered it, the reason apart
          assertThat(h.decision()).isEqualTo("却下");
          assertThat(h.note()).isEqualTo("誓約書が未提出");
        });
    assertThat(history).filteredOn(h -> h.kind().equals("comment")).singleElement()
        .satisfies(h -> assertThat(h.actorName()).isEqualTo("佐藤 花子"));
  }

  @Autowired CaseHistory caseHistory;

  private List<HistoryEntry> engineHistory(ProcessInstance instance) {
    return caseHistory.of(instance.getId());
  }

  private Task reviewTask(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  static Map<String, Object> request(String title) {
    return Map.of("title", title, "personCount", 12L, "department", "NURSING", "urgent", false);
  }
}
