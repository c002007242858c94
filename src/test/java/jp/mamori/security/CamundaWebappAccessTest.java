package jp.mamori.security;

import static jp.mamori.security.SecurityTestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Rest;
import jp.mamori.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cockpit and Admin with the app's session and no second login (docs/adr/0002-one-login.md): Cockpit for those who
 * oversee the regulation's work (総括個人情報管理者, 個人情報統括管理者, the executive's read-only view, the process
 * owner) and the system administrator; Admin for the system administrator only. Handlers, the medical affairs desk,
 * the information manager and the corporate officer work in the app's own task list.
 */
class CamundaWebappAccessTest extends IntegrationTest {

  private static final String COCKPIT = "/camunda/app/cockpit/default/";
  private static final String ADMIN = "/camunda/app/admin/default/";
  private static final String ENGINE_API = "/camunda/api/engine/engine/default/process-definition";
  private static final String WHO_AM_I = "/camunda/api/admin/auth/user/default";
  private static final Map<String, String> JSON = Map.of("Accept", "application/json");

  static Stream<String> cockpitUsers() {
    return SecurityTestUsers.COCKPIT_USERS.stream();
  }

  static Stream<String> notCockpitUsers() {
    return SecurityTestUsers.NOT_COCKPIT_USERS.stream();
  }

  static Stream<String> notAdmins() {
    return SecurityTestUsers.NOT_ADMINS.stream();
  }

  /** The role rule lets them in and the webapps take the app's login; where the webapps send them is theirs. */
  @ParameterizedTest
  @MethodSource("cockpitUsers")
  void cockpitUsersGetPastTheRoleRuleWithTheAppsSession(String user) {
    WebSession browser = WebSession.loggedIn(baseUrl(), user, PASSWORD);

    HttpResponse<String> response = browser.get(COCKPIT);

    assertThat(response.statusCode()).as("cockpit as %s", user).isIn(200, 302);
    if (response.statusCode() == 302) {
      assertThat(WebSession.location(response)).startsWith(baseUrl() + "/camunda/app/");
    }
  }
  @ParameterizedTest
  @MethodSource("cockpitUsers")
  void cockpitOpensWithTheAppsSession(String user) {
    WebSession browser = WebSession.loggedIn(baseUrl(), user, PASSWORD);

    HttpResponse<String> response = browser.get(COCKPIT);

    assertThat(response.statusCode()).as("cockpit as %s", user).isEqualTo(200);
    assertThat(response.body()).containsIgnoringCase("<html");
  }
  @ParameterizedTest
  @MethodSource("cockpitUsers")
  void cockpitLearnsWhoIsLoggedIn(String user) {
    WebSession browser = WebSession.loggedIn(baseUrl(), user, PASSWORD);
    browser.get(COCKPIT);

    // the first thing Cockpit's scripts ask (admin://auth/user/:engine)
    HttpResponse<String> response = browser.get(WHO_AM_I, JSON);

    assertThat(response.statusCode()).as("%s as %s", WHO_AM_I, user).isEqualTo(200);
    assertThat(Rest.json(response).path("userId").asText()).isEqualTo(user);
    assertThat(Rest.json(response).path("authorizedApps").toString()).contains("\"cockpit\"");
  }

  @ParameterizedTest
  @MethodSource("notCockpitUsers")
  void cockpitIsClosedToEverybodyElse(String user) {
    WebSession browser = WebSession.loggedIn(baseUrl(), user, PASSWORD);

    assertThat(browser.get(COCKPIT).statusCode()).as("cockpit as %s", user).isEqualTo(403);
    assertThat(browser.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics", JSON)
        .statusCode()).as("cockpit api as %s", user).isEqualTo(403);
  }

  @Test
  void theSystemAdministratorGetsPastTheRoleRuleForAdmin() {
    WebSession browser = WebSession.loggedIn(baseUrl(), "admin", PASSWORD);

    HttpResponse<String> response = browser.get(ADMIN);

    assertThat(response.statusCode()).isIn(200, 302);
    if (response.statusCode() == 302) {
      assertThat(WebSession.location(response)).startsWith(baseUrl() + "/camunda/app/admin/");
    }
    HttpResponse<String> whoAmI = browser.get(WHO_AM_I, JSON);
    assertThat(whoAmI.statusCode()).isEqualTo(200);
    assertThat(Rest.json(whoAmI).path("userId").asText()).isEqualTo("admin");
  }
  @Test
  void adminOpensForTheSystemAdministrator() {
    WebSession browser = WebSession.loggedIn(baseUrl(), "admin", PASSWORD);

    assertThat(browser.get(ADMIN).statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @MethodSource("notAdmins")
  void adminIsClosedToEverybodyElse(String user) {
    WebSession browser = WebSession.loggedIn(baseUrl(), user, PASSWORD);

    assertThat(browser.get(ADMIN).statusCode()).as("admin as %s", user).isEqualTo(403);
    assertThat(browser.get("/camunda/api/admin/user/default/count", JSON).statusCode())
        .as("admin api as %s", user).isEqualTo(403);
  }

  @Test
  void theWebappsEngineApiAnswersTheSessionAndRefusesWithoutOne() {
    WebSession exec = WebSession.loggedIn(baseUrl(), "exec", PASSWORD);

    HttpResponse<String> withSession = exec.get(ENGINE_API, JSON);

    assertThat(withSession.statusCode()).isEqualTo(200);
    assertThat(Rest.json(withSession).isArray()).isTrue();
    assertThat(Rest.json(withSession).findValuesAsText("key")).contains("sampleApproval");

    HttpResponse<String> withoutSession = WebSession.anonymous(baseUrl()).get(ENGINE_API, JSON);
    assertThat(withoutSession.statusCode()).isEqualTo(401);
  }
}
