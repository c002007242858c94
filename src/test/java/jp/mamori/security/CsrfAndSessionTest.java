package jp.mamori.security;

import static jp.mamori.security.SecurityTestUsers.PASSWORD;
import static jp.mamori.testing.WebSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.WebSession;
import org.junit.jupiter.api.Test;

/**
 * The session of the app (docs/adr/0002-one-login.md): every state-changing request carries Spring's CSRF token,
 * logging in gives a new session id (no fixation), and logging out ends the session for good.
 */
class CsrfAndSessionTest extends IntegrationTest {

  @Test
  void aPostToAPageWithoutTheCsrfTokenIsRefused() {
    WebSession browser = WebSession.loggedIn(baseUrl(), "nurse", PASSWORD);
    browser.get("/tasks.xhtml");

    HttpResponse<String> response = browser.post("/tasks.xhtml", Map.of("jakarta.faces.ViewState", "stateless"));

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void aPostWithAForgedCsrfTokenIsRefused() {
    WebSession browser = WebSession.loggedIn(baseUrl(), "nurse", PASSWORD);

    HttpResponse<String> response = browser.post("/tasks.xhtml", Map.of(WebSession.CSRF_FIELD, "forged"));

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void aLogoutWithoutTheCsrfTokenIsRefusedAndTheSessionLives() {
    WebSession browser = WebSession.loggedIn(baseUrl(), "nurse", PASSWORD);

    HttpResponse<String> response = browser.post("/logout", Map.of());

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(browser.get("/tasks.xhtml").statusCode()).isEqualTo(200);
  }

  @Test
  void logoutWithTheTokenEndsTheSession() {
    WebSession browser = WebSession.loggedIn(baseUrl(), "nurse", PASSWORD);
    String token = browser.csrfTokenOf("/tasks.xhtml");
    String sessionId = browser.sessionId().orElseThrow();

    HttpResponse<String> response = browser.post("/logout", Map.of(WebSession.CSRF_FIELD, token));

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(location(response)).endsWith("/login.xhtml?logout");
    HttpResponse<String> tasks = browser.get("/tasks.xhtml");
    assertThat(tasks.statusCode()).isEqualTo(302);
    assertThat(location(tasks)).endsWith("/login.xhtml");
    // whoever kept a copy of the old cookie gets nothing either
    assertThat(getWithSessionCookie("/tasks.xhtml", sessionId).statusCode()).isEqualTo(302);
  }

  @Test
  void loginGivesTheBrowserANewSessionId() {
    WebSession browser = WebSession.anonymous(baseUrl());
    browser.get("/login.xhtml");
    String before = browser.sessionId().orElseThrow(() -> new AssertionError("no session before login"));

    HttpResponse<String> response = browser.login("nurse", PASSWORD);

    assertThat(response.statusCode()).isEqualTo(302);
    String after = browser.sessionId().orElseThrow();
    assertThat(after).isNotEqualTo(before);
    assertThat(browser.get("/tasks.xhtml").statusCode()).isEqualTo(200);
    // the id an attacker could have planted before the login is not logged in
    assertThat(getWithSessionCookie("/tasks.xhtml", before).statusCode()).isEqualTo(302);
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSite() {
    WebSession browser = WebSession.anonymous(baseUrl());

    HttpResponse<String> response = browser.get("/login.xhtml");

    assertThat(response.headers().allValues("Set-Cookie"))
        .filteredOn(c -> c.startsWith(WebSession.SESSION_COOKIE + "="))
        .singleElement().satisfies(c -> assertThat(c).containsIgnoringCase("HttpOnly")
            .containsIgnoringCase("SameSite=Lax"));
  }

  /** A browser that only has a copy of the session cookie, e.g. an attacker who planted or stole it. */
  private HttpResponse<String> getWithSessionCookie(String path, String sessionId) {
    try {
      HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
      return client.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
              .header("Cookie", WebSession.SESSION_COOKIE + "=" + sessionId)
              .header("Accept", "text/html,application/xhtml+xml").GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
