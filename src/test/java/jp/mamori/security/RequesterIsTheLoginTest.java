package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import jp.mamori.process.ReservedVariableRefused;
import jp.mamori.testing.Rest;
import jp.mamori.testing.Staff;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The requester is who logged in (issue #11 item 3, DESIGN "trust boundary"): four-eyes excludes the person the
 * engine recorded at the start from the login, and nobody outside the model can rewrite, remove or forge that
 * record ({@code initiator}) — not at the start, not on the task, not with the completion, on REST, Tasklist or the
 * Java API. Nor can the requester make themself owner or candidate of the decision on their own case (第12条: the
 * handler notifies, the managers decide). Each refusal leaves the case as it was.
 */
class RequesterIsTheLoginTest extends SampleCaseChannelTest {

  @Autowired IdentityService identityService;

  @ParameterizedTest(name = "{0}")
  @MethodSource("channels")
  void aStartCannotNameSomeoneElseAsTheRequester(String channel) {
    String businessKey = "SMP-FORGED-" + UUID.randomUUID();
    Map<String, Object> forged = new HashMap<>(SecurityTestUsers.sampleRequest("他人名義の申請"));
    forged.put("initiator", "clerk");

    HttpResponse<String> started = door(channel, "nurse").post(SAMPLE + "/start",
        Channels.variables(forged).replaceFirst("\\}$", ",\"businessKey\":\"" + businessKey + "\"}"));
    HttpResponse<String> submitted = door(channel, "nurse").post(SAMPLE + "/submit-form",
        Channels.variables(forged).replaceFirst("\\}$", ",\"businessKey\":\"" + businessKey + "\"}"));

    assertRefusedNaming(started, "initiator");
    assertRefusedNaming(submitted, "initiator");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).count())
        .isZero();
  }

  @Test
  void aMessageCorrelationCannotNameTheReporter() {
    String businessKey = "FORGED-MSG-" + UUID.randomUUID();

    // over REST every message is refused outright (OwnRightsOnlyTest); through the Java API, with no user and so
    // no engine authorization in the way, the refusal is the reserved variable's own
    assertThatThrownBy(() -> runtimeService.createMessageCorrelation("outsourcingBreachFound")
        .processInstanceBusinessKey(businessKey).setVariable("reportedBy", "nurse").correlateStartMessage())
        .isInstanceOf(ReservedVariableRefused.class).hasMessageContaining("reportedBy");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).count())
        .isZero();
  }

  @Test
  void aStartOverRestRecordsWhoLoggedIn() {
    HttpResponse<String> started = Rest.as(baseUrl(), "nurse", SecurityTestUsers.PASSWORD)
        .post(SAMPLE + "/start", Channels.variables(SecurityTestUsers.sampleRequest("RESTでの申請")));

    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String id = Rest.json(started).path("id").asText();
    assertThat(runtimeService.getVariable(id, "initiator")).isEqualTo("nurse");
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult()
        .getStartUserId()).isEqualTo("nurse");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("channels")
  void theRequesterCannotRewriteTheRecordOnTheTask(String channel) {
    ProcessInstance own = start("privacy-lead", "自分の申請の申請者を書き換え");
    Task review = review(own);
    Channels.Door requester = door(channel, "privacy-lead");
    String task = "/task/" + review.getId();

    assertRefusedNaming(requester.put(task + "/variables/initiator", "{\"value\":\"nurse\",\"type\":\"String\"}"),
        "initiator");
    assertRefusedNaming(requester.post(task + "/variables",
        "{\"modifications\":{\"initiator\":{\"value\":\"nurse\",\"type\":\"String\"}}}"), "initiator");
    assertRefusedNaming(requester.delete(task + "/variables/initiator"), "initiator");
    assertRefusedNaming(requester.post(task + "/complete", Channels.variables(
        Map.of("initiator", "nurse", "decision", "approve"))), "initiator");

    assertUnchanged(own, review, "privacy-lead");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("channels")
  void theRequesterCannotBecomeOwnerCandidateOrDelegateOfTheirOwnReview(String channel) {
    ProcessInstance own = start("privacy-lead", "自分の申請の候補者に自分を追加");
    Task review = review(own);
    Channels.Door requester = door(channel, "privacy-lead");
    String task = "/task/" + review.getId();

    HttpResponse<String> candidate = requester.post(task + "/identity-links",
        "{\"userId\":\"privacy-lead\",\"type\":\"candidate\"}");
    HttpResponse<String> owner = requester.post(task + "/identity-links",
        "{\"userId\":\"privacy-lead\",\"type\":\"owner\"}");
    HttpResponse<String> delegated = requester.post(task + "/delegate", "{\"userId\":\"privacy-lead\"}");

    assertThat(Stream.of(candidate, owner, delegated)).allSatisfy(response -> {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
      assertThat(response.body()).contains("FourEyesViolation");
    });
    Task after = taskService.createTaskQuery().taskId(review.getId()).singleResult();
    assertThat(after.getOwner()).isNull();
    assertThat(after.getAssignee()).isNull();
    assertThat(taskService.getIdentityLinksForTask(review.getId())).extracting(IdentityLink::getUserId)
        .doesNotContain("privacy-lead");
  }

  @Test
  void theJavaApiRefusesTheRecordToEveryoneButTheModel() {
    ProcessInstance own = start("privacy-lead", "Java APIでの申請者の書き換え");
    Task review = review(own);
    // the application itself (no user, so no engine authorization in the way): the refusal is the rule's
    identityService.clearAuthentication();
    try {
      assertThatThrownBy(() -> runtimeService.setVariable(own.getId(), "initiator", "nurse"))
          .isInstanceOf(ReservedVariableRefused.class).hasMessageContaining("initiator");
      assertThatThrownBy(() -> runtimeService.removeVariable(own.getId(), "initiator"))
          .isInstanceOf(ReservedVariableRefused.class);
      assertThatThrownBy(() -> runtimeService.createProcessInstanceModification(own.getId())
          .startBeforeActivity("Task_Review").setVariable("completedBy", "nurse").execute())
          .isInstanceOf(ReservedVariableRefused.class);
      authenticate("clerk");
      assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("sampleApproval",
          Map.of("title", "x", "personCount", 1L, "department", "NURSING", "initiator", "nurse")))
          .isInstanceOf(ReservedVariableRefused.class);
    } finally {
      identityService.clearAuthentication();
    }
    assertUnchanged(own, review, "privacy-lead");
    assertThat(runtimeService.getVariable(own.getId(), "completedBy")).isNull();
  }

  private void authenticate(String user) {
    identityService.setAuthentication(user, Staff.of(staff, user).groupIds());
  }

  private void assertUnchanged(ProcessInstance instance, Task review, String requester) {
    assertThat(runtimeService.getVariable(instance.getId(), "initiator")).isEqualTo(requester);
    assertThat(runtimeService.getVariable(instance.getId(), "decision")).isNull();
    Task after = taskService.createTaskQuery().taskId(review.getId()).singleResult();
    assertThat(after).isNotNull();
    assertThat(after.getAssignee()).isNull();
    assertThat(runtimeService.getActiveActivityIds(instance.getId())).containsExactly("Task_Review");
  }

  static void assertRefusedNaming(HttpResponse<String> response, String variable) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(Rest.json(response).path("type").asText()).isEqualTo("ReservedVariable");
    assertThat(Rest.json(response).path("variable").asText()).isEqualTo(variable);
    assertThat(Rest.json(response).path("message").asText()).contains(variable);
  }
}
