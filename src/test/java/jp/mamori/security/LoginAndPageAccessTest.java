package jp.mamori.security;

import static jp.mamori.security.SecurityTestUsers.PASSWORD;
import static jp.mamori.testing.WebSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.mamori.notification.Notifications;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.WebSession;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The app's pages over real HTTP, logged in through the login form as a browser is (docs/adr/0002-one-login.md):
 * nothing but the login page without a login, every page of the app for every role of the demo organization.
 * Who may see or decide a case is the engine's business (REQUIREMENTS §1); these tests only hold the door.
 */
class LoginAndPageAccessTest extends IntegrationTest {

  @Autowired IdentityService identityService;
  @Autowired Notifications notifications;

  static Stream<String> allUsers() {
    return SecurityTestUsers.ALL.stream();
  }

  @Test
  void withoutALoginTheTaskListRedirectsToTheLoginPage() {
    WebSession browser = WebSession.anonymous(baseUrl());

    HttpResponse<String> response = browser.get("/tasks.xhtml");

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(location(response)).isEqualTo(baseUrl() + "/login.xhtml");
  }

  @Test
  void theLoginPageIsPublicAndCarriesACsrfToken() {
    HttpResponse<String> page = WebSession.anonymous(baseUrl()).get("/login.xhtml");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(WebSession.csrfToken(page.body())).hasValueSatisfying(t -> assertThat(t).isNotBlank());
  }

  @ParameterizedTest
  @MethodSource("allUsers")
  void everyDemoUserSeesTheTaskListAndTheStartPage(String user) {
    WebSession browser = WebSession.loggedIn(baseUrl(), user, PASSWORD);

    for (String page : List.of("/tasks.xhtml", "/start.xhtml")) {
      HttpResponse<String> response = browser.get(page);
      assertThat(response.statusCode()).as("%s as %s", page, user).isEqualTo(200);
      assertThat(response.body()).as("%s as %s", page, user).contains("</html>");
    }
  }
  @ParameterizedTest
  @MethodSource("allUsers")
  void everyDemoUserSeesTheirNotifications(String user) {
    // with a notification in the list, so the table renders a row whatever other tests left behind
    notifications.toUsers(List.of(user), "セキュリティ試験のお知らせ", "通知一覧の表示確認", "/tasks.xhtml");
    WebSession browser = WebSession.loggedIn(baseUrl(), user, PASSWORD);

    HttpResponse<String> response = browser.get("/notifications.xhtml");

    assertThat(response.statusCode()).as("/notifications.xhtml as %s", user).isEqualTo(200);
    assertThat(response.body()).contains("セキュリティ試験のお知らせ");
  }

  @Test
  void pagesAreServedUnderTheirXhtmlNamesOnly() {
    // URL rules name *.xhtml; another mapping of the Faces servlet would be a way around them
    WebSession session = WebSession.loggedIn(baseUrl(), "nurse", "demo");
    assertThat(session.get("/tasks.xhtml").statusCode()).isEqualTo(200);
    assertThat(session.get("/tasks.jsf").statusCode()).isEqualTo(404);
    assertThat(session.get("/faces/tasks.xhtml").statusCode()).isEqualTo(404);
  }

  @Test
  void aWrongPasswordSendsTheBrowserBackToTheLoginPageWithoutALogin() {
    WebSession browser = WebSession.anonymous(baseUrl());
    try {
      HttpResponse<String> response = browser.login("clerk", "not-the-password");

      assertThat(response.statusCode()).isEqualTo(302);
      assertThat(location(response)).isEqualTo(baseUrl() + "/login.xhtml?error");
      HttpResponse<String> tasks = browser.get("/tasks.xhtml");
      assertThat(tasks.statusCode()).isEqualTo(302);
      assertThat(location(tasks)).endsWith("/login.xhtml");
    } finally {
      SecurityTestUsers.unlock(identityService, "clerk");
    }
  }

  @Test
  void anUnknownUserIsRefusedLikeAWrongPassword() {
    HttpResponse<String> response = WebSession.anonymous(baseUrl()).login("no-such-user", PASSWORD);

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(location(response)).endsWith("/login.xhtml?error");
  }

  @Test
  void aLoginWithoutTheCsrfTokenIsRefused() {
    WebSession browser = WebSession.anonymous(baseUrl());
    browser.get("/login.xhtml");

    HttpResponse<String> response = browser.post("/login", Map.of("username", "nurse", "password", PASSWORD));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(browser.get("/tasks.xhtml").statusCode()).isEqualTo(302);
  }
}
