package jp.mamori.security;

import static jp.mamori.security.SecurityTestUsers.PASSWORD;
import static jp.mamori.testing.WebSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.purpose.registry.PurposeCategory;
import jp.mamori.purpose.registry.PurposeFiling;
import jp.mamori.purpose.registry.PurposeRegistry;
import jp.mamori.tasks.Procedures;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Rest;
import jp.mamori.testing.Staff;
import jp.mamori.testing.WebSession;
import jp.mamori.web.BidiControls;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Web details of issue #11 (docs/security.md, "The web layer") over real HTTP: no path shape ever serves a page's Facelets
 * source, an expired or forged view state leads to the "page expired" page, a webapp POST without its token is
 * refused without ending the session, and logout removes the webapps' XSRF cookie where it was set.
 */
class WebDetailsTest extends IntegrationTest {

  @Autowired PurposeRegistry purposes;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired Procedures procedures;
  @Autowired StaffDirectory staff;

  /** What only a Facelets source contains, never a rendered page. */
  private static final List<String> SOURCE_MARKERS = List.of("jakarta.faces.facelets", "xmlns:ui=", "#{msg[",
      "<ui:composition", "<f:view");
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

  // ------------------------------------------------------------------------------------------- page sources

  @Test
  void noPathShapeServesTheSourceOfAnyPage() {
    WebSession anonymous = WebSession.anonymous(baseUrl());
    WebSession director = WebSession.loggedIn(baseUrl(), "director", PASSWORD);
    for (String page : pages()) {
      for (String path : shapesOf(page)) {
        for (WebSession session : List.of(anonymous, director)) {
          HttpResponse<String> response = session.get(path);
          assertThat(SOURCE_MARKERS).as("%s answered %d with", path, response.statusCode())
              .noneMatch(response.body()::contains);
          assertThat(response.statusCode()).as(path).isNotEqualTo(500);
        }
      }
    }
  }

  @Test
  void theTrailingSlashOfTheIssueAnswersWithTheAppsNotFoundPage() {
    HttpResponse<String> response = WebSession.loggedIn(baseUrl(), "director", PASSWORD).get("/incident.xhtml/");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("ページが見つかりません").doesNotContain("Whitelabel");
  }

  @Test
  void theWebjarsThePagesLoadAreStillServed() {
    WebSession modeler = WebSession.loggedIn(baseUrl(), "modeler", PASSWORD);

    assertThat(modeler.get("/webjars/bpmn-js/8.0.0/dist/bpmn-navigated-viewer.production.min.js").statusCode())
        .isEqualTo(200);
    assertThat(modeler.get("/jakarta.faces.resource/css/mamori.css.xhtml").statusCode()).isEqualTo(200);
  }

  /** Every shape named in the issue, and a few more a path normalizer might read differently. */
  private static List<String> shapesOf(String page) {
    String upper = page.replace(".xhtml", ".XHTML");
    return List.of(page + "/", page + ";x", page + "%2f", page + "%2F", page + "/.", page + "/..;/",
        "/x/..;" + page, upper, upper + "/", page + "%20", page + ".", "/META-INF/resources" + page,
        "/webjars/.." + page, "/webjars" + page, "/resources" + page, "/jakarta.faces.resource" + page,
        "/jakarta.faces.resource" + page + ".xhtml", "/WEB-INF/templates/layout.xhtml",
        "/WEB-INF/templates/layout.xhtml/", "/WEB-INF/includes/form-fields.xhtml");
  }

  /** Every Facelets file the app has, by its path under META-INF/resources. */
  private static List<String> pages() {
    try {
      Path root = Path.of(WebDetailsTest.class.getResource("/META-INF/resources/login.xhtml").toURI()).getParent();
      try (Stream<Path> files = Files.walk(root)) {
        List<String> pages = files.filter(f -> f.toString().endsWith(".xhtml"))
            .filter(f -> !root.relativize(f).toString().startsWith("WEB-INF"))
            .map(f -> "/" + root.relativize(f).toString().replace('\\', '/')).sorted().toList();
        assertThat(pages).contains("/incident.xhtml", "/tasks.xhtml", "/notice/index.xhtml");
        return pages;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  // ------------------------------------------------------------------------------------------- view state

  @Test
  void aForgedViewStateLeadsToTheExpiredPageWithAReloadLink() {
    WebSession browser = WebSession.loggedIn(baseUrl(), "nurse", PASSWORD);
    String token = browser.csrfTokenOf("/tasks.xhtml");

    HttpResponse<String> response = browser.post("/tasks.xhtml", languageSwitch(token, "-4711:0815"));

    assertThat(response.statusCode()).isEqualTo(302);
    assertExpiredPageOffersReloadOf(browser, location(response), "/tasks.xhtml");
  }

  @Test
  void aForgedViewStateInAnAjaxPostRedirectsTheBrowserToTheExpiredPage() {
    WebSession browser = WebSession.loggedIn(baseUrl(), "nurse", PASSWORD);
    String token = browser.csrfTokenOf("/tasks.xhtml");
    Map<String, String> form = languageSwitch(token, "forged");
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("jakarta.faces.source", "langForm:switchLanguage");
    form.put("jakarta.faces.partial.execute", "@all");

    HttpResponse<String> response = browser.post("/tasks.xhtml", form);

    assertThat(response.statusCode()).isEqualTo(200);
    Matcher redirect = Pattern.compile("<redirect url=\"([^\"]+)\"").matcher(response.body());
    assertThat(redirect.find()).as(response.body()).isTrue();
    // the partial response names the page by its path, the browser resolves it against the page's address
    assertExpiredPageOffersReloadOf(browser, baseUrl() + redirect.group(1).replace("&amp;", "&"), "/tasks.xhtml");
  }

  @Test
  void aViewTheServerNoLongerKeepsLeadsToTheExpiredPage() {
    WebSession browser = WebSession.loggedIn(baseUrl(), "nurse", PASSWORD);
    String first = browser.get("/notifications.xhtml").body();
    String token = WebSession.csrfToken(first).orElseThrow();
    Matcher state = VIEW_STATE.matcher(first);
    assertThat(state.find()).isTrue();
    // the server keeps a limited number of views per session (15 by default): open more pages than that
    for (int i = 0; i < 25; i++) {
      assertThat(browser.get("/notifications.xhtml").statusCode()).isEqualTo(200);
    }

    HttpResponse<String> response = browser.post("/notifications.xhtml",
        languageSwitch(token, state.group(1).replace("&#58;", ":")));

    assertThat(response.statusCode()).isEqualTo(302);
    assertExpiredPageOffersReloadOf(browser, location(response), "/notifications.xhtml");
  }

  @Test
  void aPostAfterTheSessionEndedSaysTheLoginExpiredNotForbidden() throws Exception {
    WebSession browser = WebSession.loggedIn(baseUrl(), "nurse", PASSWORD);
    String token = browser.csrfTokenOf("/tasks.xhtml");
    String sessionId = browser.sessionId().orElseThrow();
    assertThat(browser.post("/logout", Map.of(WebSession.CSRF_FIELD, token)).statusCode()).isEqualTo(302);

    // the page left open in a tab posts with the cookie and token of the session that is gone
    HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(baseUrl() + "/tasks.xhtml"))
        .header("Cookie", WebSession.SESSION_COOKIE + "=" + sessionId)
        .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(WebSession.CSRF_FIELD + "=" + token)).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("ログインの有効期限が切れました").doesNotContain("このページは開けません");
  }

  @Test
  void theExpiredPageLinksOnlyIntoTheApp() {
    WebSession browser = WebSession.loggedIn(baseUrl(), "nurse", PASSWORD);
    for (String page : List.of("//evil.example/x.xhtml", "https://evil.example/", "/\\evil.example/a.xhtml",
        "javascript:alert(1)")) {
      HttpResponse<String> response = browser.get("/error/expired?page="
          + java.net.URLEncoder.encode(page, java.nio.charset.StandardCharsets.UTF_8));
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).as(page).contains("id=\"reloadPage\" class=\"button-link\" href=\"/\"")
          .doesNotContain("evil.example").doesNotContain("javascript:");
    }
  }

  private static Map<String, String> languageSwitch(String csrfToken, String viewState) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("langForm", "langForm");
    form.put(WebSession.CSRF_FIELD, csrfToken);
    form.put("jakarta.faces.ViewState", viewState);
    form.put("langForm:switchLanguage", "langForm:switchLanguage");
    return form;
  }

  private void assertExpiredPageOffersReloadOf(WebSession browser, String location, String page) {
    assertThat(location).startsWith(baseUrl() + "/error/expired?page=");
    HttpResponse<String> expired = browser.get(URI.create(location).getRawPath() + "?"
        + URI.create(location).getRawQuery());
    assertThat(expired.statusCode()).isEqualTo(200);
    assertThat(expired.body()).contains("ページの有効期限が切れました", "ページを再読み込み")
        .contains("id=\"reloadPage\" class=\"button-link\" href=\"" + page)
        .doesNotContain("Whitelabel");
    // nothing happened to the session: the page opens again
    assertThat(browser.get(page).statusCode()).isEqualTo(200);
  }

  // ------------------------------------------------------------------------------------------- webapps' CSRF

  @Test
  void aWebappPostWithoutItsTokenIsRefusedAndTheSessionLives() {
    WebSession browser = WebSession.loggedIn(baseUrl(), "privacy-lead", PASSWORD);
    assertThat(browser.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
    String sessionId = browser.sessionId().orElseThrow();
    Map<String, String> sameOrigin = Map.of("Accept", "application/json", "Origin", baseUrl());

    for (String token : List.of("", "forged")) {
      Map<String, String> headers = new LinkedHashMap<>(sameOrigin);
      if (!token.isEmpty()) {
        headers.put("X-XSRF-TOKEN", token);
      }
      HttpResponse<String> refused = browser.sendJson("POST",
          "/camunda/api/engine/engine/default/process-instance/count", "{}", headers);

      assertThat(refused.statusCode()).as("token '%s'", token).isEqualTo(403);
      assertThat(refused.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");
      assertThat(browser.sessionId()).hasValue(sessionId);
      assertThat(browser.get("/tasks.xhtml").statusCode()).as("app after token '%s'", token).isEqualTo(200);
      assertThat(browser.get("/camunda/api/admin/auth/user/default", Map.of("Accept", "application/json"))
          .statusCode()).as("webapps after token '%s'", token).isEqualTo(200);
    }
    // with its token the same call goes through
    HttpResponse<String> allowed = browser.sendJson("POST",
        "/camunda/api/engine/engine/default/process-instance/count", "{}",
        Map.of("Accept", "application/json", "Origin", baseUrl(),
            "X-XSRF-TOKEN", browser.cookie("XSRF-TOKEN").orElseThrow()));
    assertThat(allowed.statusCode()).isEqualTo(200);
  }

  @Test
  void logoutRemovesTheWebappsXsrfCookieOnThePathItWasSetWith() {
    WebSession browser = WebSession.loggedIn(baseUrl(), "privacy-lead", PASSWORD);
    HttpResponse<String> cockpit = browser.get("/camunda/app/cockpit/default/");
    String set = cockpit.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
        .findFirst().orElseThrow();
    String path = attribute(set, "Path");
    assertThat(path).isEqualTo("/camunda");

    HttpResponse<String> logout = browser.post("/logout",
        Map.of(WebSession.CSRF_FIELD, browser.csrfTokenOf("/tasks.xhtml")));

    assertThat(logout.statusCode()).isEqualTo(302);
    assertThat(logout.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("XSRF-TOKEN="))
        .singleElement().satisfies(c -> {
          assertThat(attribute(c, "Path")).isEqualTo(path);
          assertThat(attribute(c, "Max-Age")).isEqualTo("0");
        });
    assertThat(browser.cookie("XSRF-TOKEN")).isEmpty();
  }

  @Test
  void anEngineRefusalInTheWebappsSpeaksTheBrowsersJapanese() {
    ProcessInstance sample = procedures.start(Staff.of(staff, "nurse"), "sampleApproval",
        SecurityTestUsers.sampleRequest("Cockpitの拒否メッセージ"));
    WebSession exec = WebSession.loggedIn(baseUrl(), "exec", PASSWORD);
    String engine = "/camunda/api/engine/engine/default";
    assertThat(exec.get(engine + "/process-definition/count", Map.of("Accept", "application/json")).statusCode())
        .isEqualTo(200);
    String suspend = engine + "/process-instance/" + sample.getId() + "/suspended";
    Map<String, String> cockpit = new LinkedHashMap<>(Map.of("Accept", "application/json",
        "X-XSRF-TOKEN", exec.cookie("XSRF-TOKEN").orElseThrow()));

    HttpResponse<String> japanese = exec.sendJson("PUT", suspend, "{\"suspended\": true}", cockpit);
    cockpit.put("Accept-Language", "en-US,en;q=0.9");
    HttpResponse<String> english = exec.sendJson("PUT", suspend, "{\"suspended\": true}", cockpit);

    EngineRestSecurityTest.assertRefusedByTheEngine(japanese);
    assertThat(Rest.json(japanese).path("message").asText()).startsWith("この操作を行う権限がありません。必要な権限: ")
        .contains("プロセスインスタンスの「").doesNotContain("The user", "ProcessInstance");
    assertThat(Rest.json(japanese).path("userId").asText()).isEqualTo("exec");
    EngineRestSecurityTest.assertRefusedByTheEngine(english);
    assertThat(Rest.json(english).path("message").asText()).startsWith("The user with id 'exec' does not have");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(sample.getId()).singleResult()
        .isSuspended()).isFalse();
  }

  // ------------------------------------------------------------------------------------------- direction controls

  @Test
  void thePublicNoticeShowsNoDirectionControlEvenOfAPurposeWrittenPastTheForms() {
    // U+202E (right-to-left override) turns what follows around on screen; REST could write it past the forms
    String marker = "BIDI" + UUID.randomUUID().toString().substring(0, 8);
    String caseKey = "NP-" + marker;
    purposes.file(caseKey, "nurse", new PurposeFiling("医療安全のための" + marker + "\u202Eの分析", "For safety "
        + marker + "\u202E analysis", PurposeCategory.IN_HOSPITAL, null, "記録", "氏名", "患者", List.of(), "医事課",
        "emr", "5年", List.of(), false, null, "allowed"));
    purposes.approve(caseKey, "director", "試験", "allowed");

    for (String path : List.of("/notice/index.xhtml", "/notice/index.xhtml?lang=en")) {
      HttpResponse<String> notice = WebSession.anonymous(baseUrl()).get(path);
      assertThat(notice.statusCode()).isEqualTo(200);
      assertThat(notice.body()).as(path).containsAnyOf("医療安全のための" + marker + "の分析",
          "For safety " + marker + " analysis");
      assertThat(BidiControls.containsAny(notice.body())).as(path).isFalse();
    }
  }

  @Test
  void aStaffNameIsShownWithoutDirectionControls() {
    User clerk = identityService.createUserQuery().userId("clerk").singleResult();
    String lastName = clerk.getLastName();
    try {
      clerk.setLastName("田\u202E中");
      identityService.saveUser(clerk);

      HttpResponse<String> tasks = WebSession.loggedIn(baseUrl(), "clerk", PASSWORD).get("/tasks.xhtml");

      assertThat(tasks.body()).contains("<span class=\"username data\">田中 ");
      assertThat(BidiControls.containsAny(tasks.body())).isFalse();
    } finally {
      clerk.setLastName(lastName);
      identityService.saveUser(clerk);
    }
  }

  private static String attribute(String setCookie, String name) {
    return Stream.of(setCookie.split(";")).map(String::trim)
        .filter(a -> a.regionMatches(true, 0, name + "=", 0, name.length() + 1))
        .map(a -> a.substring(name.length() + 1)).findFirst().orElse(null);
  }
}
