package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.mamori.tasks.CaseHistory;
import jp.mamori.tasks.HistoryEntry;
import jp.mamori.tasks.TaskActions;
import jp.mamori.testing.EngineErrorLog;
import jp.mamori.testing.Rest;
import jp.mamori.testing.Staff;
import jp.mamori.trail.AuditEntry;
import jp.mamori.trail.AuditTrail;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every channel validates and records alike (issue #11 item 6, ADR 0003): a start or completion over
 * {@code /engine-rest} or Tasklist meets the form rules the app's pages apply (required, options, lengths,
 * patterns) and a broken one is a 400 naming the field, in the caller's language, never a server error; a case
 * gets its number without the app; the loser of a race hears 409; and a decision made outside the app is in the
 * audit trail and the case history with the person's name and the reason (REQUIREMENTS §1).
 */
class EveryChannelValidatesTest extends SampleCaseChannelTest {

  @Autowired TaskActions actions;
  @Autowired AuditTrail trail;
  @Autowired CaseHistory caseHistory;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;

  @ParameterizedTest(name = "{0}")
  @MethodSource("channels")
  void aStartBreakingTheStartFormIsRefusedNamingTheField(String channel) {
    Channels.Door nurse = door(channel, "nurse");
    String businessKey = "SMP-INVALID-" + UUID.randomUUID();

    assertInvalid(nurse.post(SAMPLE + "/start", startWith(businessKey, "title", null)), "title");
    assertInvalid(nurse.post(SAMPLE + "/submit-form", startWith(businessKey, "department", "CAFETERIA")),
        "department");
    assertInvalid(nurse.post(SAMPLE + "/start", startWith(businessKey, "title", "長".repeat(101))), "title");
    assertInvalid(nurse.post(SAMPLE + "/start", startWith(businessKey, "personCount", 0)), "personCount");

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).count())
        .isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("channels")
  @DisplayName("案件番号: ほかの案件の番号、手続の記号で始まる番号での開始は 400 で何も始まらず、外部システムの重複しない参照番号は使える")
  void aCaseNumberIsTheProceduresOwnOrAnOutsideReference(String channel) {
    Channels.Door nurse = door(channel, "nurse");
    String taken = Rest.json(nurse.post(SAMPLE + "/start", startWith("SMP-OWN-" + UUID.randomUUID(), "x", null)))
        .path("businessKey").asText();
    String othersNumber = "NP-20261204-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String reference = "emr-order-" + UUID.randomUUID();

    HttpResponse<String> referenced = nurse.post(SAMPLE + "/start", startWith(reference, "x", null));
    assertThat(referenced.statusCode()).as(referenced.body()).isEqualTo(200);
    assertThat(Rest.json(referenced).path("businessKey").asText()).isEqualTo(reference);
    for (String number : List.of(taken, reference, othersNumber, "np-" + UUID.randomUUID(), "SMP2026" + UUID.randomUUID(),
        "emr order " + UUID.randomUUID(), "emr-" + "0".repeat(61))) {
      HttpResponse<String> refused = nurse.post(SAMPLE + "/start", startWith(number, "x", null));
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      assertThat(Rest.json(refused).path("message").asText()).contains("案件番号「" + number + "」は使えません", "SMP-");
    }
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(taken).count())
        .isEqualTo(1);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference).count())
        .isEqualTo(1);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(othersNumber).count())
        .isZero();
  }

  @Test
  void theRefusalIsInTheCallersLanguage() {
    HttpResponse<String> japanese = Rest.as(baseUrl(), "nurse", SecurityTestUsers.PASSWORD)
        .post(SAMPLE + "/start", startWith("SMP-LANG-" + UUID.randomUUID(), "title", null));
    HttpResponse<String> english = Rest.as(baseUrl(), "nurse", SecurityTestUsers.PASSWORD).inLanguage("en-US")
        .post(SAMPLE + "/start", startWith("SMP-LANG-" + UUID.randomUUID(), "title", null));

    assertInvalid(japanese, "title");
    assertInvalid(english, "title");
    assertThat(Rest.json(japanese).path("message").asText()).containsPattern("[\\p{IsHiragana}\\p{IsKatakana}]");
    assertThat(Rest.json(english).path("message").asText()).doesNotContainPattern("[\\p{IsHiragana}]")
        .containsIgnoringCase("title");
  }

  @Test
  @DisplayName("入力の誤りによる拒否は、エンジンのログにサーバーの障害(ERROR)として残らない")
  void aRefusedInputIsNotLoggedAsAServerError() {
    List<String> errors = EngineErrorLog.during(() -> assertInvalid(
        Rest.as(baseUrl(), "nurse", SecurityTestUsers.PASSWORD)
            .post(SAMPLE + "/start", startWith("SMP-LOGGED-" + UUID.randomUUID(), "title", null)), "title"));

    // an operator's alert on ERROR must not fire for every mistyped form
    assertThat(errors).isEmpty();
  }

  @Test
  @DisplayName("A start the engine calls a bad request is a 400 with the engine's reason, not a server error")
  void aBadRequestWrappedByTheResourceIsStillABadRequest() {
    Map<String, Object> values = new HashMap<>(SecurityTestUsers.sampleRequest("既定の開始で処理を省く"));
    String body = Channels.variables(values);
    HttpResponse<String> skipping = Rest.as(baseUrl(), "nurse", SecurityTestUsers.PASSWORD).post(SAMPLE + "/start",
        body.substring(0, body.lastIndexOf('}')) + ", \"skipCustomListeners\": true}");

    assertThat(skipping.statusCode()).as(skipping.body()).isEqualTo(400);
    assertThat(Rest.json(skipping).path("type").asText()).isEqualTo("BadUserRequestException");
    assertThat(Rest.json(skipping).path("message").asText()).contains("ENGINE-13024");
  }

  @Test
  void aStartOverRestGetsACaseNumberAndTheAppsTypes() {
    Map<String, Object> values = new HashMap<>(SecurityTestUsers.sampleRequest("RESTでの番号付け"));
    values.put("personCount", "12");

    HttpResponse<String> started = Rest.as(baseUrl(), "nurse", SecurityTestUsers.PASSWORD)
        .post(SAMPLE + "/start", Channels.variables(values));

    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String id = Rest.json(started).path("id").asText();
    assertThat(Rest.json(started).path("businessKey").asText()).matches("SMP-\\d{8}-[0-9A-F]{6}");
    assertThat(runtimeService.getVariable(id, "personCount")).isEqualTo(12L);
  }

  @Test
  void aChecklistSentAsCamundasJsonTypeIsReadAsItsListAndStoredAsTheAppsList() {
    Rest nurse = Rest.as(baseUrl(), "nurse", SecurityTestUsers.PASSWORD);

    HttpResponse<String> started = nurse.post(SAMPLE + "/start", withJsonChecklist("health", "genetic"));
    HttpResponse<String> forged = nurse.post(SAMPLE + "/start", withJsonChecklist("health", "weapons"));

    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String id = Rest.json(started).path("id").asText();
    assertThat(runtimeService.getVariable(id, "categories")).isEqualTo(List.of("health", "genetic"));
    // JSON that Tasklist and REST clients read back as an array, never a serialized Java object
    ObjectValue stored = runtimeService.getVariableTyped(id, "categories", false);
    assertThat(stored.getSerializationDataFormat()).isEqualTo("application/json");
    assertThat(stored.getValueSerialized()).isEqualTo("[\"health\",\"genetic\"]");
    assertInvalid(forged, "categories");
  }

  @Test
  void aChecklistSentAsTheTextOfAJsonArrayIsReadAsItsListToo() {
    Rest nurse = Rest.as(baseUrl(), "nurse", SecurityTestUsers.PASSWORD);

    HttpResponse<String> started = nurse.post(SAMPLE + "/start", withChecklistText("[\"health\",\"genetic\"]"));
    HttpResponse<String> forged = nurse.post(SAMPLE + "/start", withChecklistText("[\"health\",\"weapons\"]"));
    HttpResponse<String> broken = nurse.post(SAMPLE + "/start", withChecklistText("[\"health\""));

    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String id = Rest.json(started).path("id").asText();
    assertThat(runtimeService.getVariable(id, "categories")).isEqualTo(List.of("health", "genetic"));
    assertThat(((ObjectValue) runtimeService.getVariableTyped(id, "categories", false)).getValueSerialized())
        .isEqualTo("[\"health\",\"genetic\"]");
    assertInvalid(forged, "categories");
    assertInvalid(broken, "categories");
  }

  /** What a script sends without a type (the shared bench's plan): a String variable holding the JSON array. */
  private static String withChecklistText(String array) {
    Map<String, Object> values = new HashMap<>(SecurityTestUsers.sampleRequest("チェックリストのJSON文字列"));
    values.put("categories", array);
    return Channels.variables(values);
  }

  /** Tasklist's start form sends a checklist as {@code Json}: a text holding the JSON array. */
  private static String withJsonChecklist(String... items) {
    String array = "[" + String.join(",", Arrays.stream(items).map(item -> "\\\"" + item + "\\\"").toList()) + "]";
    String values = Channels.variables(SecurityTestUsers.sampleRequest("チェックリストのJSON"));
    return values.substring(0, values.length() - 2) + ",\"categories\":{\"value\":\"" + array
        + "\",\"type\":\"Json\"}}}";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("channels")
  void aCompletionBreakingTheTaskFormIsRefusedAndTheTaskStays(String channel) {
    ProcessInstance instance = start("nurse", "選択肢にない判断");
    Task review = review(instance);
    Channels.Door reviewer = door(channel, "privacy-lead");

    assertInvalid(reviewer.post("/task/" + review.getId() + "/complete",
        Channels.variables(Map.of("decision", "maybe"))), "decision");
    assertInvalid(reviewer.post("/task/" + review.getId() + "/submit-form",
        Channels.variables(Map.of("decision", "approve", "reference", "abc"))), "reference");

    assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isOne();
    assertThat(runtimeService.getVariable(instance.getId(), "decision")).isNull();
    assertThat(trail.ofCase(instance.getId())).extracting(AuditEntry::getAction).doesNotContain("TASK_COMPLETED");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("channels")
  @DisplayName("A comment made in Tasklist or over REST (on the task only) is in the case history with the name")
  void aCommentOutsideTheAppIsInTheHistory(String channel) {
    ProcessInstance instance = start("nurse", "RESTでのコメント");
    Task review = review(instance);
    String text = "添付の誓約書を確認中(" + channel + ")";

    HttpResponse<String> commented = door(channel, "privacy-lead").post("/task/" + review.getId()
        + "/comment/create", "{\"message\": \"" + text + "\"}");

    assertThat(commented.statusCode()).as(commented.body()).isEqualTo(200);
    assertThat(caseHistory.of(instance.getId())).filteredOn(e -> e.kind().equals("comment")).singleElement()
        .satisfies(e -> {
          assertThat(e.subject()).isEqualTo(text);
          assertThat(e.actorName()).isEqualTo("佐藤 花子");
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("channels")
  void aDecisionOutsideTheAppIsInTheTrailAndTheHistoryWithNameAndReason(String channel) {
    ProcessInstance instance = start("nurse", "RESTでの却下");
    Task review = review(instance);

    HttpResponse<String> completed = door(channel, "privacy-lead").post("/task/" + review.getId() + "/complete",
        Channels.variables(Map.of("decision", "reject", "reason", "誓約書が未提出")));

    assertThat(completed.statusCode()).as(completed.body()).isIn(200, 204);
    List<AuditEntry> decisions = trail.ofCase(instance.getId()).stream()
        .filter(e -> e.getAction().equals("TASK_COMPLETED")).toList();
    assertThat(decisions).singleElement().satisfies(decision -> {
      assertThat(decision.getActor()).isEqualTo("privacy-lead");
      assertThat(decision.getReason()).isEqualTo("誓約書が未提出");
      assertThat(decision.getDetail()).isEqualTo("decision=reject");
      assertThat(decision.getBusinessKey()).isEqualTo(instance.getBusinessKey());
    });
    assertThat(caseHistory.of(instance.getId())).filteredOn(e -> e.kind().equals("decision")).singleElement()
        .satisfies(line -> {
          assertThat(line.actorName()).isEqualTo(staff.displayName("privacy-lead"));
          // in words, whatever the channel: the form's label for the decision, the reason apart (issue #17 item 3)
          assertThat(line.decision()).isEqualTo("却下");
          assertThat(line.note()).isEqualTo("誓約書が未提出");
        });
  }

  @Test
  @DisplayName("A variable changed through a task over REST is refused (ADR 0060); one changed by someone granted the "
      + "right to is in the case history with the name")
  void aVariableChangeOverRestIsInTheHistoryWithTheName() {
    ProcessInstance instance = start("nurse", "RESTでの変数の変更");
    Rest privacyLead = Rest.as(baseUrl(), "privacy-lead", SecurityTestUsers.PASSWORD);

    HttpResponse<String> throughTheTask = privacyLead
        .put("/task/" + review(instance).getId() + "/variables/reference", "{\"value\":\"AB-1234\"}");
    assertThat(throughTheTask.statusCode()).as(throughTheTask.body()).isEqualTo(403);
    assertThat(throughTheTask.body()).contains("case.error.variablesByHand");

    // an engine administrator's grant for a correction: the right no role holds
    Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId("privacy-lead");
    grant.setResource(Resources.PROCESS_INSTANCE);
    grant.setResourceId(instance.getId());
    grant.addPermission(ProcessInstancePermissions.UPDATE_VARIABLE);
    authorizationService.saveAuthorization(grant);
    try {
      HttpResponse<String> granted = privacyLead
          .put("/process-instance/" + instance.getId() + "/variables/reference", "{\"value\":\"AB-1234\"}");
      assertThat(granted.statusCode()).as(granted.body()).isEqualTo(204);
    } finally {
      authorizationService.deleteAuthorization(grant.getId());
    }
    assertThat(caseHistory.of(instance.getId())).filteredOn(e -> e.kind().equals("variableChanged"))
        .extracting(HistoryEntry::actorName).containsExactly(staff.displayName("privacy-lead"));
  }

  @Test
  void aDecisionInTheAppIsRecordedOnce() {
    ProcessInstance instance = start("nurse", "アプリでの承認");

    actions.complete(Staff.of(staff, "privacy-lead"), review(instance).getId(),
        Map.of("decision", "approve", "reason", "問題なし"), "approve", "問題なし");

    assertThat(trail.ofCase(instance.getId())).filteredOn(e -> e.getAction().equals("TASK_COMPLETED"))
        .singleElement().satisfies(decision -> assertThat(decision.getReason()).isEqualTo("問題なし"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("channels")
  void theLoserOfARaceHearsConflict(String channel) {
    ProcessInstance instance = start("nurse", "同時の担当と完了");
    Task review = review(instance);
    // the supervising manager wins; a second supervising manager, offered the same task, comes second
    String rival = secondSupervisingManager();
    actions.claim(Staff.of(staff, "privacy-lead"), review.getId());

    HttpResponse<String> lateClaim = door(channel, rival)
        .post("/task/" + review.getId() + "/claim", "{\"userId\":\"" + rival + "\"}");
    actions.complete(Staff.of(staff, "privacy-lead"), review.getId(), Map.of("decision", "approve"), "approve",
        null);
    HttpResponse<String> lateCompletion = door(channel, rival)
        .post("/task/" + review.getId() + "/complete", Channels.variables(Map.of("decision", "reject")));

    for (HttpResponse<String> loser : List.of(lateClaim, lateCompletion)) {
      assertThat(loser.statusCode()).as(loser.body()).isEqualTo(409);
      assertThat(Rest.json(loser).path("type").asText()).isEqualTo("Conflict");
      assertThat(Rest.json(loser).path("message").asText()).isNotBlank();
    }
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("decision").singleResult().getValue()).isEqualTo("approve");
  }

  /** A second holder of the reviewer's role, who may log in; named after privacy-lead so it is never the first. */
  private String secondSupervisingManager() {
    String id = "rival-reviewer";
    if (identityService.createUserQuery().userId(id).count() == 0) {
      SecurityTestUsers.ensureUser(identityService, id, "競合", "審査者");
      identityService.createMembership(id, "supervising-manager");
    }
    return id;
  }

  private static void assertInvalid(HttpResponse<String> response, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(Rest.json(response).path("type").asText()).isEqualTo("InvalidForm");
    assertThat(Rest.json(response).path("field").asText()).isEqualTo(field);
    assertThat(response.body()).doesNotContain("java.", "Exception", "SQL", "ENGINE-");
  }

  /** The sample start form's valid values with one field changed (null leaves it out), and a business key. */
  private static String startWith(String businessKey, String field, Object value) {
    Map<String, Object> values = new HashMap<>(SecurityTestUsers.sampleRequest("検証"));
    values.remove(field);
    if (value != null) {
      values.put(field, value);
    }
    return Channels.variables(values).replaceFirst("\\}$", ",\"businessKey\":\"" + businessKey + "\"}");
  }
}
