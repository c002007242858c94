package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.incident.LeakReports;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.tasks.Procedures;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Rest;
import jp.mamori.testing.Staff;
import jp.mamori.testing.WebSession;
import jp.mamori.trail.AccessLogQuery;
import jp.mamori.trail.PatientDataAccess;
import jp.mamori.trail.PatientDataAccessLog;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * The access log of patient data on every channel (ADR 0026): the app's pages, /engine-rest and the webapps' API
 * (Cockpit, Tasklist) log each view of a case whose procedure holds patient data (needToKnow=true), with who,
 * which case, from where and through which channel; the supervising manager searches and exports it, nobody else.
 */
class PatientDataAccessLogTest extends IntegrationTest {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final String COCKPIT_ENGINE = "/camunda/api/engine/engine/default";
  private static final Map<String, String> JSON = Map.of("Accept", "application/json");

  @Autowired Procedures procedures;
  @Autowired StaffDirectory staff;
  @Autowired TaskService taskService;
  @Autowired PatientDataAccessLog log;
  @Autowired Clock clock;

  ProcessInstance leak;
  String key;
  Task setUp;

  @BeforeEach
  void reportALeak() {
    leak = procedures.start(Staff.of(staff, "nurse"), "leakIncidentResponse",
        LeakReports.medical(clock, "紹介状の取り違え(アクセス記録の試験 " + SEQUENCE.incrementAndGet() + ")"));
    key = leak.getBusinessKey();
    setUp = taskService.createTaskQuery().processInstanceId(leak.getId()).singleResult();
  }

  @Test
  @DisplayName("第35条: 漏えい案件の対策本部ボードとタスク画面を開くと、アプリ経路のアクセス記録が残る")
  void theAppsPagesAreLogged() {
    WebSession director = WebSession.loggedIn(baseUrl(), "director", SecurityTestUsers.PASSWORD);

    assertThat(director.get("/task.xhtml?id=" + setUp.getId()).statusCode()).isEqualTo(200);
    assertThat(director.get("/incident.xhtml?key=" + key).statusCode()).isEqualTo(200);

    assertThat(log.ofCase(key)).extracting(PatientDataAccess::getWhat)
        .containsExactly("task.xhtml " + setUp.getTaskDefinitionKey(), "incident.xhtml");
    assertThat(log.ofCase(key)).allSatisfy(a -> {
      assertThat(a.getUserId()).isEqualTo("director");
      assertThat(a.getChannel()).isEqualTo("app");
      assertThat(a.getRemoteAddress()).isEqualTo("127.0.0.1");
      assertThat(a.getCaseKey()).isEqualTo(key);
    });
  }

  @Test
  @DisplayName("第35条: /engine-rest で案件の変数やタスクのフォーム変数を読むと、REST 経路で要求ごとに一度記録される")
  void engineRestReadsAreLoggedOncePerRequest() {
    Rest director = Rest.as(baseUrl(), "director", SecurityTestUsers.PASSWORD);

    HttpResponse<String> formVariables = director.get("/task/" + setUp.getId() + "/form-variables");
    HttpResponse<String> history = director.get("/history/variable-instance?processInstanceId=" + leak.getId());

    assertThat(formVariables.statusCode()).isEqualTo(200);
    assertThat(history.statusCode()).isEqualTo(200);
    assertThat(log.ofCase(key)).extracting(PatientDataAccess::getChannel, PatientDataAccess::getWhat)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("rest", "GET /engine-rest/task/" + setUp.getId() + "/form-variables"),
            org.assertj.core.groups.Tuple.tuple("rest", "GET /engine-rest/history/variable-instance"));
    // counting and listing procedures read no case's data
    assertThat(director.get("/history/variable-instance/count?processInstanceId=" + leak.getId()).statusCode())
        .isEqualTo(200);
    assertThat(director.get("/process-definition").statusCode()).isEqualTo(200);
    assertThat(log.ofCase(key)).hasSize(2);
  }

  @Test
  @DisplayName("第35条: Cockpit の API (/camunda/api/...) で変数を読むと、Cockpit 経路で記録される")
  void cockpitReadsAreLogged() {
    WebSession director = WebSession.loggedIn(baseUrl(), "director", SecurityTestUsers.PASSWORD);

    HttpResponse<String> variables = director.get(COCKPIT_ENGINE + "/history/variable-instance?processInstanceIdIn="
        + leak.getId(), JSON);

    assertThat(variables.statusCode()).isEqualTo(200);
    assertThat(log.ofCase(key)).singleElement().satisfies(a -> {
      assertThat(a.getChannel()).isEqualTo("cockpit");
      assertThat(a.getUserId()).isEqualTo("director");
      assertThat(a.getWhat()).startsWith("GET /camunda/api/engine/engine/default/history/variable-instance");
    });

    // Cockpit's variables tab queries with a POST and the case in the JSON body
    Map<String, String> headers = Map.of("Accept", "application/json", "X-XSRF-TOKEN",
        director.cookie("XSRF-TOKEN").orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie")));
    HttpResponse<String> query = director.sendJson("POST", COCKPIT_ENGINE
        + "/variable-instance?deserializeValues=false&firstResult=0&maxResults=50",
        "{\"processInstanceIdIn\":[\"" + leak.getId() + "\"]}", headers);
    assertThat(query.statusCode()).isEqualTo(200);
    assertThat(log.ofCase(key)).hasSize(2).last().satisfies(a -> {
      assertThat(a.getChannel()).isEqualTo("cockpit");
      assertThat(a.getWhat()).isEqualTo("POST /camunda/api/engine/engine/default/variable-instance");
    });
  }

  @Test
  @DisplayName("個人情報を持たない手続(needToKnow なし)の変数の読み取りは記録しない")
  void casesWithoutPatientDataAreNotLogged() {
    ProcessInstance sample = procedures.start(Staff.of(staff, "nurse"), "sampleApproval",
        SecurityTestUsers.sampleRequest("記録しない " + SEQUENCE.incrementAndGet()));
    Rest privacyLead = Rest.as(baseUrl(), "privacy-lead", SecurityTestUsers.PASSWORD);

    assertThat(privacyLead.get("/history/variable-instance?processInstanceId=" + sample.getId()).statusCode())
        .isEqualTo(200);

    assertThat(log.ofCase(sample.getBusinessKey())).isEmpty();
    assertThat(log.ofCase(sample.getId())).isEmpty();
  }

  @Test
  @DisplayName("統括管理者は人・案件・期間で検索し CSV に出力できる")
  void theSupervisingManagerSearchesAndExports() {
    WebSession director = WebSession.loggedIn(baseUrl(), "director", SecurityTestUsers.PASSWORD);
    director.get("/incident.xhtml?key=" + key);
    Rest.as(baseUrl(), "director", SecurityTestUsers.PASSWORD).get("/task/" + setUp.getId() + "/form-variables");
    LocalDate today = LocalDate.now(clock);

    assertThat(search("director", key, today, today)).extracting(PatientDataAccess::getChannel)
        .containsExactly("rest", "app");
    assertThat(search(null, key, null, null)).hasSize(2);
    assertThat(search("privacy-lead", key, null, null)).isEmpty();
    assertThat(search("director", key, today.minusDays(3), today.minusDays(1))).isEmpty();
    assertThat(search("director", null, today, null)).extracting(PatientDataAccess::getCaseKey).contains(key);

    WebSession privacyLead = WebSession.loggedIn(baseUrl(), "privacy-lead", SecurityTestUsers.PASSWORD);
    assertThat(privacyLead.get("/access-log.xhtml").statusCode()).isEqualTo(200);
    HttpResponse<String> csv = privacyLead.get("/access-log/export.csv?user=director&case=" + key + "&from=" + today);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).contains("日時", "利用者", "案件番号", "経路");
    assertThat(lines.get(1)).contains(key, "director", "REST", "127.0.0.1");
    assertThat(lines.get(2)).contains(key, "incident.xhtml", "アプリ");
  }

  @Test
  @DisplayName("アクセス記録の検索画面と出力は統括管理者だけ: ほかの役割(院長、管理者、取扱者)は 403")
  void nobodyElseSeesTheSearchPage() {
    for (String user : List.of("director", "admin", "nurse", "exec", "records-manager")) {
      WebSession session = WebSession.loggedIn(baseUrl(), user, SecurityTestUsers.PASSWORD);
      assertThat(session.get("/access-log.xhtml").statusCode()).as(user).isEqualTo(403);
      assertThat(session.get("/access-log/export.csv").statusCode()).as(user).isEqualTo(403);
    }
  }

  private List<PatientDataAccess> search(String user, String caseKey, LocalDate from, LocalDate to) {
    return log.search(new AccessLogQuery(user, caseKey, from, to), PageRequest.of(0, 50)).getContent();
  }
}
