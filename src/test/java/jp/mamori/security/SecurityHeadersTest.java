package jp.mamori.security;

import static jp.mamori.security.SecurityTestUsers.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.WebSession;
import org.junit.jupiter.api.Test;

/**
 * The browser-side protections of the app's pages (Content-Security-Policy, no sniffing, no framing by other sites,
 * no caching of pages with personal information) and that the Camunda webapps keep their own policy instead of
 * receiving a second one from us.
 */
class SecurityHeadersTest extends IntegrationTest {

  @Test
  void theTaskListSendsTheUsualProtections() {
    WebSession browser = WebSession.loggedIn(baseUrl(), "nurse", PASSWORD);

    HttpResponse<String> response = browser.get("/tasks.xhtml");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().allValues("Content-Security-Policy")).isNotEmpty();
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
    assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    assertThat(response.headers().firstValue("Cache-Control"))
        .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
  }
  @Test
  void theTaskListCarriesTheAppsContentSecurityPolicy() {
    WebSession browser = WebSession.loggedIn(baseUrl(), "nurse", PASSWORD);

    HttpResponse<String> response = browser.get("/tasks.xhtml");

    List<String> policies = response.headers().allValues("Content-Security-Policy");
    assertThat(policies).anySatisfy(p -> assertThat(p).contains("object-src 'none'").contains("frame-ancestors"));
  }
  @Test
  void theLoginPageCarriesTheAppsContentSecurityPolicy() {
    HttpResponse<String> response = WebSession.anonymous(baseUrl()).get("/login.xhtml");

    assertThat(response.headers().allValues("Content-Security-Policy"))
        .anySatisfy(p -> assertThat(p).contains("object-src 'none'").contains("frame-ancestors"));
  }

  @Test
  void theLoginPageCannotBeFramedBySomebodyElse() {
    HttpResponse<String> response = WebSession.anonymous(baseUrl()).get("/login.xhtml");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void cockpitKeepsCamundasOwnPolicyAndGetsNoSecondOne() {
    WebSession browser = WebSession.loggedIn(baseUrl(), "exec", PASSWORD);

    HttpResponse<String> response = browser.get("/camunda/app/cockpit/default/");

    assertThat(response.statusCode()).isIn(200, 302);
    List<String> policies = response.headers().allValues("Content-Security-Policy");
    assertThat(policies).singleElement().satisfies(p -> assertThat(p)
        .contains("object-src 'none'")
        .contains("frame-ancestors 'none'")
        .contains("'strict-dynamic'")
        .doesNotContain("font-src"));
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("X-Frame-Options")).isPresent();
  }
}
