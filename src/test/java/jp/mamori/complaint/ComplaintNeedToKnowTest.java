package jp.mamori.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.testing.ProcessTest;
import jp.mamori.testing.Rest;
import jp.mamori.testing.WebSession;
import jp.mamori.trail.PatientDataAccess;
import jp.mamori.trail.PatientDataAccessLog;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Need to know on complaints (第10条; Keio 33, 35; ADR 0039): the complainant's name, contact and complaint are for
 * the people who handle the case — the desk that registered and answers it, the supervising manager who assigns it,
 * the investigator — on every channel, and each of their views is in the access log (ADR 0026). Executives, who
 * monitor the procedures, see that a complaint exists, not what it says.
 */
class ComplaintNeedToKnowTest extends ProcessTest {

  private static final String PASSWORD = "demo";
  private static final String COMPLAINANT_PREFIX = "苦情 申出人";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final String COCKPIT_ENGINE = "/camunda/api/engine/engine/default";

  @Autowired PatientDataAccessLog log;
  @Autowired AuthorizationService authorizationService;

  ProcessInstance complaint;
  String complainant;

  @BeforeEach
  void theDeskRegistersAComplaint() {
    complainant = COMPLAINANT_PREFIX + SEQUENCE.incrementAndGet() + "号";
    complaint = start(user("desk"), "complaint", Map.of("complainantName", complainant,
        "complainantContact", "03-0000-0000", "receivedOn", LocalDate.now(clock).toString(), "channel", "counter",
        "topic", "staff", "complaintText", "待合室で病名を呼ばれた。"));
  }

  @Test
  @DisplayName("第10条(慶應35条): 役員は /engine-rest でも Cockpit の API でも苦情の申出人を読めない")
  void anExecutiveReadsNoComplaintOverRestOrCockpit() {
    Rest exec = Rest.as(baseUrl(), "exec", PASSWORD);
    Task assign = task(complaint);

    assertThat(exec.get("/task/" + assign.getId() + "/variables").statusCode()).isEqualTo(403);
    assertThat(exec.get("/task/" + assign.getId() + "/form-variables").statusCode()).isEqualTo(403);
    assertThat(exec.get("/process-instance/" + complaint.getId() + "/variables").statusCode()).isEqualTo(403);
    HttpResponse<String> history = exec.get("/history/variable-instance?processInstanceId=" + complaint.getId());
    assertThat(history.statusCode()).isEqualTo(200);
    assertThat(history.body()).doesNotContain(complainant).isEqualTo("[]");
    assertThat(exec.get("/variable-instance?processInstanceIdIn=" + complaint.getId()).body())
        .doesNotContain(complainant);

    WebSession cockpit = WebSession.loggedIn(baseUrl(), "exec", PASSWORD);
    HttpResponse<String> viaCockpit = cockpit.get(COCKPIT_ENGINE + "/history/variable-instance?processInstanceIdIn="
        + complaint.getId(), Map.of("Accept", "application/json"));
    assertThat(viaCockpit.statusCode()).isEqualTo(200);
    assertThat(viaCockpit.body()).doesNotContain(complainant);
    // nor the app's case page: executives are not on the case
    assertThat(cockpit.get("/case.xhtml?id=" + complaint.getId()).statusCode()).isEqualTo(403);
  }

  @Test
  @DisplayName("第10条(慶應35条): 内容を読めない者は、申出人の名前で案件を検索も並べ替えもできない(REST・Tasklist・Cockpit・Java API)")
  void nobodySearchesByAContentTheyMayNotRead() {
    String like = URLEncoder.encode(complainant.substring(0, 2) + "%", StandardCharsets.UTF_8);
    Rest exec = Rest.as(baseUrl(), "exec", PASSWORD);
    for (String search : List.of("/history/process-instance?variables=complainantName_like_" + like,
        "/history/process-instance?processDefinitionKey=complaint&variables=complainantName_like_" + like,
        "/history/process-instance/count?variables=complainantName_like_" + like,
        "/process-instance?variables=complainantName_like_" + like,
        "/execution?variables=complainantName_like_" + like,
        "/task?processVariables=complainantName_like_" + like,
        "/history/task?processVariables=complainantName_like_" + like)) {
      assertRefused(exec.get(search));
      assertRefused(Rest.as(baseUrl(), "admin", PASSWORD).get(search));
    }
    assertRefused(exec.post("/task", "{\"sorting\": [{\"sortBy\": \"processVariable\", \"sortOrder\": "
        + "\"asc\", \"parameters\": {\"variable\": \"complainantName\", \"type\": \"String\"}}]}"));
    // nor through a saved Tasklist filter, the caller's criteria added to it (Tasklist's search)
    String filter = Rest.json(Rest.as(baseUrl(), "director", PASSWORD).get("/filter?resourceType=Task")).get(0)
        .path("id").asText();
    assertRefused(Rest.as(baseUrl(), "director", PASSWORD).post("/filter/" + filter + "/list",
        "{\"candidateGroups\": [\"medical-affairs-desk\", \"supervising-manager\"], \"processVariables\": "
            + "[{\"name\": \"complainantName\", \"operator\": \"like\", \"value\": \"" + complainant.substring(0, 2)
            + "%\"}]}"));
    assertRefused(Rest.as(baseUrl(), "director", PASSWORD).post("/filter/" + filter + "/count",
        "{\"processVariables\": [{\"name\": \"complainantName\", \"operator\": \"eq\", \"value\": \""
            + complainant + "\"}]}"));
    // the supervising manager reads complaints case by case (as a decider), not by procedure: no search by content
    assertRefused(Rest.as(baseUrl(), "privacy-lead", PASSWORD).get(
        "/task?processDefinitionKey=complaint&processVariables=complainantName_like_" + like));
    // a procedure whose content the executive reads may be searched by it
    HttpResponse<String> readable = exec.get("/history/process-instance?processDefinitionKey=newPurposeAcquisition"
        + "&variables=purposeText_like_%25");
    assertThat(readable.statusCode()).as(readable.body()).isEqualTo(200);
    assertThat(exec.get("/history/process-instance?processDefinitionKey=complaint").body())
        .as("without content the cases stay visible").contains(complaint.getId());

    WebSession cockpit = WebSession.loggedIn(baseUrl(), "exec", PASSWORD);
    cockpit.get(COCKPIT_ENGINE + "/process-definition/count", Map.of("Accept", "application/json"));
    Map<String, String> headers = Map.of("Accept", "application/json", "X-XSRF-TOKEN",
        cockpit.cookie("XSRF-TOKEN").orElseThrow());
    String byName = "\"variables\": [{\"name\": \"complainantName\", \"operator\": \"like\", \"value\": \""
        + complainant.substring(0, 2) + "%\"}]";
    assertRefused(cockpit.sendJson("POST", COCKPIT_ENGINE + "/history/process-instance", "{" + byName + "}", headers));
    assertRefused(cockpit.sendJson("POST", "/camunda/api/cockpit/plugin/base/default/process-instance",
        "{\"processDefinitionId\": \"" + complaint.getProcessDefinitionId() + "\", " + byName + "}", headers));
    assertRefused(cockpit.sendJson("POST", "/camunda/api/cockpit/plugin/base/default/process-instance/count",
        "{" + byName + "}", headers));
    HttpResponse<String> plain = cockpit.sendJson("POST", "/camunda/api/cockpit/plugin/base/default/process-instance",
        "{\"processDefinitionId\": \"" + complaint.getProcessDefinitionId() + "\"}", headers);
    assertThat(plain.statusCode()).as(plain.body()).isEqualTo(200);
    assertThat(plain.body()).contains(complaint.getId());

    identityService.setAuthentication("exec", List.of("executive"));
    try {
      assertThatThrownBy(() -> historyService.createHistoricProcessInstanceQuery()
          .variableValueLike("complainantName", complainant.substring(0, 2) + "%").count())
          .isInstanceOfSatisfying(ActionRefused.class,
              e -> assertThat(e.messageKey()).isEqualTo("search.error.content"));
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(historyService.createHistoricProcessInstanceQuery()
        .variableValueEquals("complainantName", complainant).count()).as("the system searches").isEqualTo(1);
  }

  @Test
  @DisplayName("第10条(慶應35条): 案件のコメントも内容であり、役員は読めない。担当は読め、閲覧は記録される。ファイルは添付できない")
  void commentsAreContent() {
    Task assign = task(complaint);
    String note = "申出人は前回も同じ件で来院(" + complainant + ")";
    Rest lead = Rest.as(baseUrl(), "privacy-lead", PASSWORD);
    HttpResponse<String> written = lead.post("/task/" + assign.getId() + "/comment/create",
        "{\"message\": \"" + note + "\"}");
    assertThat(written.statusCode()).as(written.body()).isEqualTo(200);

    HttpResponse<String> byExec = Rest.as(baseUrl(), "exec", PASSWORD).get("/task/" + assign.getId() + "/comment");
    assertThat(byExec.statusCode()).as(byExec.body()).isEqualTo(403);
    assertThat(byExec.body()).contains("case.error.notesNeedToKnow").doesNotContain(complainant);
    identityService.setAuthentication("exec", List.of("executive"));
    try {
      assertThatThrownBy(() -> taskService.getProcessInstanceComments(complaint.getId()))
          .isInstanceOfSatisfying(ActionRefused.class,
              e -> assertThat(e.messageKey()).isEqualTo("case.error.notesNeedToKnow"));
    } finally {
      identityService.clearAuthentication();
    }

    HttpResponse<String> byTheAssigner = lead.get("/task/" + assign.getId() + "/comment");
    assertThat(byTheAssigner.statusCode()).as(byTheAssigner.body()).isEqualTo(200);
    assertThat(byTheAssigner.body()).contains(note);
    assertThat(log.ofCase(complaint.getBusinessKey())).filteredOn(a -> "privacy-lead".equals(a.getUserId()))
        .extracting(PatientDataAccess::getWhat).contains("GET /engine-rest/task/" + assign.getId() + "/comment");

    HttpResponse<String> attached = lead.postMultipart("/task/" + assign.getId() + "/attachment/create",
        Map.of("attachment-name", "memo.txt"), Map.of("content", "申出人の連絡先".getBytes(StandardCharsets.UTF_8)));
    assertThat(attached.statusCode()).as(attached.body()).isEqualTo(403);
    assertThat(attached.body()).contains("case.error.noAttachments");
    assertThat(taskService.getTaskAttachments(assign.getId())).isEmpty();
  }

  @Test
  @DisplayName("第10条・ADR 0064: システム管理者は苦情の内容を読む権限を自分にも誰にも付与できない。ほかの権限の管理はできる")
  void noAdministratorGrantsTheContent() {
    Rest admin = Rest.as(baseUrl(), "admin", PASSWORD);
    for (String grant : List.of(
        grantJson(Resources.PROCESS_DEFINITION, "complaint", "READ_HISTORY_VARIABLE"),
        grantJson(Resources.PROCESS_DEFINITION, "*", "READ_INSTANCE_VARIABLE"),
        grantJson(Resources.PROCESS_DEFINITION, "complaint", "ALL"),
        grantJson(Resources.HISTORIC_PROCESS_INSTANCE, complaint.getId(), "READ"),
        grantJson(Resources.TASK, task(complaint).getId(), "READ_VARIABLE"))) {
      HttpResponse<String> refused = admin.post("/authorization/create", grant);
      assertThat(refused.statusCode()).as(grant + " " + refused.body()).isEqualTo(403);
      // ALL also holds the rights to act on cases, which nobody grants by hand either (ADR 0066)
      assertThat(refused.body()).containsAnyOf("security.error.contentGrant",
          grant.contains("\"ALL\"") ? "security.error.caseGrant" : "security.error.contentGrant");
    }
    assertThat(admin.get("/history/variable-instance?variableName=complainantName").body())
        .doesNotContain(complainant);
    identityService.setAuthentication("admin", List.of("system-admin"));
    try {
      Authorization self = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      self.setUserId("admin");
      self.setResource(Resources.PROCESS_DEFINITION);
      self.setResourceId("complaint");
      self.addPermission(ProcessDefinitionPermissions.READ_TASK_VARIABLE);
      assertThatThrownBy(() -> authorizationService.saveAuthorization(self))
          .isInstanceOfSatisfying(ActionRefused.class,
              e -> assertThat(e.messageKey()).isEqualTo("security.error.contentGrant"));
    } finally {
      identityService.clearAuthentication();
    }

    HttpResponse<String> ordinary = admin.post("/authorization/create",
        grantJson(Resources.PROCESS_DEFINITION, "newPurposeAcquisition", "READ_HISTORY_VARIABLE"));
    assertThat(ordinary.statusCode()).as(ordinary.body()).isEqualTo(200);
    authorizationService.deleteAuthorization(Rest.json(ordinary).path("id").asText());
  }

  private static String grantJson(Resources resource, String resourceId, String permission) {
    return "{\"type\": 1, \"permissions\": [\"" + permission + "\"], \"userId\": \"admin\", \"groupId\": null,"
        + " \"resourceType\": " + resource.resourceType() + ", \"resourceId\": \"" + resourceId + "\"}";
  }

  private static void assertRefused(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
    assertThat(response.body()).contains("search.error.content").doesNotContain(COMPLAINANT_PREFIX);
  }

  @Test
  @DisplayName("第10条: 受け付けた窓口は案件の変数を REST で読め、その閲覧がアクセス記録に残る")
  void theDeskThatRegisteredReadsItAndTheViewIsLogged() {
    HttpResponse<String> history = Rest.as(baseUrl(), "desk", PASSWORD)
        .get("/history/variable-instance?processInstanceId=" + complaint.getId() + "&variableName=complainantName");

    assertThat(history.statusCode()).isEqualTo(200);
    assertThat(history.body()).contains(complainant);
    assertThat(log.ofCase(complaint.getBusinessKey())).singleElement().satisfies(a -> {
      assertThat(a.getUserId()).isEqualTo("desk");
      assertThat(a.getChannel()).isEqualTo("rest");
      assertThat(a.getWhat()).isEqualTo("GET /engine-rest/history/variable-instance");
    });
  }

  @Test
  @DisplayName("第4条2・第5条: 割り当てられた調査担当は調査タスクの変数を読め、調査を終えた後も案件を読め、閲覧は記録される")
  void theAssignedInvestigatorReadsItAndTheViewsAreLogged() {
    complete(user("privacy-lead"), complaint, Map.of("investigatorGroup", "information-manager"), null, null);
    Task investigation = task(complaint);
    Rest investigator = Rest.as(baseUrl(), "records-manager", PASSWORD);

    HttpResponse<String> variables = investigator.get("/task/" + investigation.getId() + "/variables");
    assertThat(variables.statusCode()).as(variables.body()).isEqualTo(200);
    assertThat(variables.body()).contains(complainant);
    // an information manager is not an executive: the other roles still see nothing of it
    assertThat(Rest.as(baseUrl(), "nurse", PASSWORD).get("/task/" + investigation.getId() + "/variables")
        .statusCode()).isEqualTo(403);

    complete(user("records-manager"), complaint, Map.of("findings", "受付で病名を読み上げていた。",
        "answerDraft", "番号での呼出しに改めます。"), null, null);
    String history = "/history/variable-instance?processInstanceId=" + complaint.getId()
        + "&variableName=complainantName";
    assertThat(investigator.get(history).body()).contains(complainant);
    assertThat(Rest.as(baseUrl(), "privacy-lead", PASSWORD).get(history).body()).contains(complainant);
    assertThat(Rest.as(baseUrl(), "director", PASSWORD).get(history).body()).doesNotContain(complainant);

    assertThat(log.ofCase(complaint.getBusinessKey()))
        .filteredOn(a -> "records-manager".equals(a.getUserId()))
        .extracting(PatientDataAccess::getChannel, PatientDataAccess::getWhat)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("rest", "GET /engine-rest/task/" + investigation.getId()
                + "/variables"),
            org.assertj.core.groups.Tuple.tuple("rest", "GET /engine-rest/history/variable-instance"));
  }

  @Test
  @DisplayName("第10条: 窓口がアプリのタスク画面で苦情を開くと、アプリ経路のアクセス記録が残る")
  void theAppsTaskPageIsLogged() {
    complete(user("privacy-lead"), complaint, Map.of("investigatorGroup", "supervising-manager"), null, null);
    complete(user("privacy-lead"), complaint, Map.of("findings", "f", "answerDraft", "a"), null, null);
    Task answer = task(complaint);

    WebSession desk = WebSession.loggedIn(baseUrl(), "desk", PASSWORD);
    assertThat(desk.get("/task.xhtml?id=" + answer.getId()).statusCode()).isEqualTo(200);

    assertThat(log.ofCase(complaint.getBusinessKey())).singleElement().satisfies(a -> {
      assertThat(a.getUserId()).isEqualTo("desk");
      assertThat(a.getChannel()).isEqualTo("app");
      assertThat(a.getWhat()).isEqualTo("task.xhtml Task_Answer");
    });
  }
}
