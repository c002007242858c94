package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * ADR 0034: a node answers only once Spring calls it ready — after the start-up work that runs when Tomcat already
 * takes requests — and again refuses once it is stopping. The availability is Spring Boot's own, moved by the events
 * Spring publishes.
 */
class NotReadyAnswerTest {

  private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
  private final NotReadyAnswer.Guard guard = new NotReadyAnswer.Guard(availability);
  private final List<String> passed = new ArrayList<>();

  @Test
  void beforeTheStartIsDoneAPageAnswers503InJapanese() throws Exception {
    MockHttpServletResponse response = request("GET", "/tasks.xhtml", null);

    assertThat(passed).isEmpty();
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("ただいま準備中です", "起動中");
  }

  @Test
  void aRestCallGetsCamundasJsonInItsLanguage() throws Exception {
    MockHttpServletResponse response = request("POST", "/engine-rest/process-definition/key/x/start", "en");

    assertThat(passed).isEmpty();
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getContentType()).startsWith("application/json");
    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
        .contains("\"type\":\"NotReady\"", "Mamori is starting up");
  }

  @Test
  void anAjaxClickIsSentBackToItsPage() throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/task.xhtml");
    request.addHeader("Faces-Request", "partial/ajax");
    request.addHeader("Referer", "http://localhost/task.xhtml?id=42");
    MockHttpServletResponse response = new MockHttpServletResponse();
    guard.doFilter(request, response, (req, res) -> passed.add("/task.xhtml"));

    assertThat(passed).isEmpty();
    assertThat(response.getContentAsString(StandardCharsets.UTF_8))
        .contains("<redirect url=\"/task.xhtml?id=42\"/>");
  }

  @Test
  void theStylesheetOfThatPageIsServed() throws Exception {
    request("GET", "/jakarta.faces.resource/css/mamori.css.xhtml", null);

    assertThat(passed).containsExactly("/jakarta.faces.resource/css/mamori.css.xhtml");
  }

  @Test
  void whenReadyEverythingPassesAndWhenStoppingNothingAgain() throws Exception {
    readiness(ReadinessState.ACCEPTING_TRAFFIC);
    assertThat(request("GET", "/login.xhtml", null).getStatus()).isEqualTo(200);
    assertThat(passed).containsExactly("/login.xhtml");

    readiness(ReadinessState.REFUSING_TRAFFIC);
    assertThat(request("GET", "/login.xhtml", null).getStatus()).isEqualTo(503);
    assertThat(passed).containsExactly("/login.xhtml");
  }

  private void readiness(ReadinessState state) {
    availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, state));
  }

  private MockHttpServletResponse request(String method, String path, String language) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    if (language != null) {
      request.addHeader("Accept-Language", language);
      request.addPreferredLocale(java.util.Locale.forLanguageTag(language));
    }
    MockHttpServletResponse response = new MockHttpServletResponse();
    guard.doFilter(request, response, (req, res) -> passed.add(path));
    return response;
  }
}
