package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.testing.ProcessTest;
import jp.mamori.testing.Rest;
import jp.mamori.testing.WebSession;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #11 item 5: besides the head and the deputy, the members the headquarters names read the incident's content
 * (over REST and in Cockpit, through the history) and see its board; removing a member ends both. Only the head and
 * the deputy name and remove members, and a member gets none of the head's powers.
 */
class HeadquartersMembersTest extends ProcessTest {

  private static final String WHAT = "検査結果の控えを別の患者の封筒に入れた(本部員の試験)";

  @Autowired HeadquartersMembers members;
  @Autowired IncidentBoard board;
  @Autowired Incidents incidents;
  @Autowired AuthorizationService authorizations;

  private ProcessInstance instance;
  private String key;
  private StaffPrincipal director;

  @BeforeEach
  void aLeakIsReportedAndTheHeadquartersSetUp() {
    director = user("director");
    instance = procedures.start(user("nurse"), LeakIncidentProcessTest.KEY, LeakReports.medical(clock, WHAT));
    key = instance.getBusinessKey();
    actions.complete(director, task(instance, "Task_SetUpHq").getId(), Map.of("setupDecision", "setUp"), "setUp",
        null);
  }

  @Test
  void aMemberTheHeadNamesReadsTheCaseAndOpensTheBoardUntilRemoved() {
    assertThat(historicValues("records-manager")).doesNotContain(WHAT);
    assertThat(boardStatus("records-manager")).isEqualTo(403);

    members.add(director, key, "records-manager");

    assertThat(historicValues("records-manager")).contains(WHAT);
    WebSession member = WebSession.loggedIn(baseUrl(), "records-manager", "demo");
    HttpResponse<String> page = member.get("/incident.xhtml?key=" + key);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(WHAT).contains("鈴木 一郎")
        // no head's powers: no downgrade, no naming of members
        .doesNotContain("downgradeForm").doesNotContain("addMember");
    assertThat(member.get("/incident.xhtml").body()).contains(key);
    // who named whom, when: the board's log
    assertThat(incidents.logOf(incidents.byKey(key))).anySatisfy(e -> {
      assertThat(e.getAction()).isEqualTo("MEMBER_ADDED");
      assertThat(e.getActor()).isEqualTo("director");
      assertThat(e.getDetail()).isEqualTo("鈴木 一郎");
      assertThat(e.getAt()).isNotNull();
    });
    // not a member: neither the board nor the content
    assertThat(boardStatus("nurse")).isEqualTo(403);
    assertThat(WebSession.loggedIn(baseUrl(), "nurse", "demo").get("/incident.xhtml").statusCode()).isEqualTo(403);
    assertThat(historicValues("nurse")).doesNotContain(WHAT);

    members.remove(user("privacy-lead"), key, "records-manager");

    assertThat(historicValues("records-manager")).doesNotContain(WHAT);
    assertThat(member.get("/incident.xhtml?key=" + key).statusCode()).isEqualTo(403);
    assertThat(canReadHistory("records-manager")).isFalse();
    // the head's own reading is untouched
    assertThat(historicValues("director")).contains(WHAT);
    assertThat(incidents.logOf(incidents.byKey(key))).anySatisfy(e -> {
      assertThat(e.getAction()).isEqualTo("MEMBER_REMOVED");
      assertThat(e.getActor()).isEqualTo("privacy-lead");
    });
  }

  @Test
  @DisplayName("第35条・ADR 0063: 判定表の履歴は、案件の内容を読めない役員には入力(人数・医療情報)も結果も見せない。本部長には見せる")
  void theDecisionHistoryKeepsTheIncidentsFactsToItsReaders() {
    String decisions = "/history/decision-instance?processInstanceId=" + instance.getId()
        + "&includeInputs=true&includeOutputs=true";
    JsonNode byExec = Rest.json(Rest.as(baseUrl(), "exec", "demo").get(decisions));
    assertThat(byExec).isNotEmpty();
    assertThat(byExec).allSatisfy(decision -> {
      assertThat(decision.path("decisionDefinitionKey").asText()).isEqualTo("incidentReportability");
      assertThat(decision.path("inputs")).isEmpty();
      assertThat(decision.path("outputs")).isEmpty();
    });
    JsonNode one = Rest.json(Rest.as(baseUrl(), "exec", "demo").get("/history/decision-instance/"
        + byExec.get(0).path("id").asText() + "?includeInputs=true&includeOutputs=true"));
    assertThat(one.path("inputs")).isEmpty();

    JsonNode byTheHead = Rest.json(Rest.as(baseUrl(), "director", "demo").get(decisions));
    assertThat(byTheHead.get(0).path("inputs")).isNotEmpty();
    assertThat(byTheHead.get(0).path("outputs")).isNotEmpty();
  }

  @Test
  void onlyTheHeadAndTheDeputyNameMembersAndNothingChangesOnARefusal() {
    members.add(director, key, "records-manager");
    List<String> before = memberIds();

    for (String notHead : List.of("records-manager", "nurse", "hq-officer")) {
      assertThatThrownBy(() -> members.add(user(notHead), key, "clerk")).as(notHead)
          .isInstanceOfSatisfying(ActionRefused.class,
              e -> assertThat(e.messageKey()).isEqualTo("incident.error.notHeadquarters"));
      assertThatThrownBy(() -> members.remove(user(notHead), key, "records-manager")).as(notHead)
          .isInstanceOf(ActionRefused.class);
    }
    assertThat(memberIds()).isEqualTo(before);
    assertThat(canReadHistory("clerk")).isFalse();
    assertThat(canReadHistory("records-manager")).isTrue();
    // a member has no head's powers
    assertThat(IncidentAccess.canDowngrade(user("records-manager"), incidents.byKey(key))).isFalse();
    assertThatThrownBy(() -> board.downgrade(user("records-manager"), key, "誤報"))
        .isInstanceOf(ActionRefused.class);
  }

  @Test
  void onlyStaffOutsideTheHeadquartersCanBeNamed() {
    for (String notNameable : List.of("exec", "admin", "nobody")) {
      assertThatThrownBy(() -> members.add(director, key, notNameable)).as(notNameable)
          .isInstanceOfSatisfying(ActionRefused.class,
              e -> assertThat(e.messageKey()).isEqualTo("incident.error.memberUnknown"));
    }
    assertThatThrownBy(() -> members.add(director, key, "privacy-lead"))
        .isInstanceOfSatisfying(ActionRefused.class,
            e -> assertThat(e.messageKey()).isEqualTo("incident.error.memberAlready"));
    assertThat(members.candidates(incidents.byKey(key))).extracting(m -> m.id())
        .contains("records-manager", "nurse").doesNotContain("director", "privacy-lead", "exec", "admin");
    assertThat(memberIds()).isEmpty();
  }

  private List<String> memberIds() {
    return members.of(incidents.byKey(key)).stream().map(HeadquartersMember::getUserId).toList();
  }

  private List<String> historicValues(String userId) {
    HttpResponse<String> response = Rest.as(baseUrl(), userId, "demo")
        .get("/history/variable-instance?processInstanceId=" + instance.getId());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Rest.json(response).findValuesAsText("value");
  }

  private int boardStatus(String userId) {
    return WebSession.loggedIn(baseUrl(), userId, "demo").get("/incident.xhtml?key=" + key).statusCode();
  }

  private boolean canReadHistory(String userId) {
    return authorizations.isUserAuthorized(userId, staff.groupIdsOf(userId), HistoricProcessInstancePermissions.READ,
        Resources.HISTORIC_PROCESS_INSTANCE, instance.getId());
  }
}
