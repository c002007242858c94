package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import jp.mamori.testing.CuttableLink;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Rest;
import jp.mamori.testing.WebSession;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away under a running application and comes back (ADR 0038): a page answers 503 with the app's
 * page saying so in the user's language, REST answers 503 with JSON, an ajax click is sent to that page; once the
 * database is back the same session works again, without a restart. The application talks to its real database
 * (H2 over TCP in the H2 run, the MariaDB server in the MariaDB run) through a relay the test cuts and mends
 * ({@link CuttableLink}); nothing of the database is imitated. A context of its own (the data source's address
 * differs), closed after the class.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@EnabledIfSystemProperty(named = "mamori.test.database", matches = "mariadb",
    disabledReason = "on MariaDB only, in a JVM of its own (pom.xml): an in-memory H2 behind the cut link is closed")
class DatabaseDownTest extends IntegrationTest {

  private static final String CLEAR_TEXT = "データベースに一時的に接続できません。しばらくしてからもう一度お試しください。";
  private static Server h2;
  private static CuttableLink link;

  @DynamicPropertySource
  static void throughTheLink(DynamicPropertyRegistry registry) throws SQLException {
    if ("mariadb".equals(System.getProperty("mamori.test.database"))) {
      link = new CuttableLink(env("MAMORI_TEST_DB_HOST", "127.0.0.1"),
          Integer.parseInt(env("MAMORI_TEST_DB_PORT", "3306")));
      registry.add("spring.datasource.url", () -> "jdbc:mariadb://127.0.0.1:" + link.port() + "/"
          + env("MAMORI_TEST_DB_NAME", "mamori_test") + "?nullDatabaseMeansCurrent=true");
    } else {
      h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
      link = new CuttableLink("127.0.0.1", h2.getPort());
      registry.add("spring.datasource.url",
          () -> "jdbc:h2:tcp://127.0.0.1:" + link.port() + "/mem:mamori-database-down;DB_CLOSE_DELAY=-1");
    }
    // short, so the test is: a request without a database fails after this long (production: 10 s)
    registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
    registry.add("spring.datasource.hikari.validation-timeout", () -> "1000");
  }

  @AfterAll
  static void closeTheLink() {
    link.close();
    if (h2 != null) {
      h2.stop();
    }
  }

  @Test
  void withoutTheDatabaseEveryChannelSaysSoAndTheSameSessionWorksWhenItIsBack() {
    WebSession nurse = WebSession.loggedIn(baseUrl(), "nurse", "demo");
    Rest lead = Rest.as(baseUrl(), "privacy-lead", "demo");
    assertThat(nurse.get("/tasks.xhtml").statusCode()).isEqualTo(200);
    assertThat(lead.get("/task").statusCode()).isEqualTo(200);

    link.cut();
    try {
      HttpResponse<String> page = nurse.get("/tasks.xhtml");
      assertThat(page.statusCode()).isEqualTo(503);
      assertThat(page.headers().firstValue("Retry-After")).contains("10");
      assertThat(page.body()).contains("<html lang=\"ja\"", CLEAR_TEXT, "/tasks.xhtml")
          .doesNotContain("Exception", "SQL", "Whitelabel");

      HttpResponse<String> rest = lead.get("/task");
      assertThat(rest.statusCode()).isEqualTo(503);
      JsonNode body = Rest.json(rest);
      assertThat(body.path("type").asText()).isEqualTo("DatabaseUnavailable");
      assertThat(body.path("message").asText()).startsWith(CLEAR_TEXT);
      assertThat(Rest.json(Rest.as(baseUrl(), "privacy-lead", "demo").inLanguage("en").get("/task"))
          .path("message").asText()).startsWith("The database is temporarily unavailable.");

      // an ajax click would get nothing PrimeFaces can show: it is sent to the page that says what happened
      // (the session itself is in the database, ADR 0034: reading it is what fails first)
      HttpResponse<String> ajax = nurse.send("POST", "/tasks.xhtml", Map.of("Faces-Request", "partial/ajax"));
      assertThat(ajax.body()).contains("<partial-response><redirect url=\"/error/unavailable");
    } finally {
      link.mend();
    }

    // the pool makes new connections by itself: the same session and the same REST user work again
    assertThat(untilNot503(() -> nurse.get("/tasks.xhtml")).statusCode()).isEqualTo(200);
    assertThat(untilNot503(() -> lead.get("/task")).statusCode()).isEqualTo(200);
  }

  @Test
  void thePageAnAjaxClickIsSentToOffersThePageAgain() {
    HttpResponse<String> page = WebSession.anonymous(baseUrl()).get("/error/unavailable?page=/tasks.xhtml");
    assertThat(page.statusCode()).isEqualTo(503);
    assertThat(page.body()).contains(CLEAR_TEXT, "id=\"reloadPage\" class=\"button-link\" href=\"/tasks.xhtml\"");
    assertThat(WebSession.anonymous(baseUrl()).get("/error/unavailable?page=https://evil.example/").body())
        .doesNotContain("reloadPage", "evil.example");
  }

  /**
   * The answer once it is no longer "unavailable": the pool reconnects within its connection timeout after the
   * database is reachable; a request that was already waiting may still get 503. Bounded, not a sleep.
   */
  private static HttpResponse<String> untilNot503(java.util.function.Supplier<HttpResponse<String>> call) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    HttpResponse<String> response = call.get();
    while (response.statusCode() == 503 && Instant.now().isBefore(deadline)) {
      response = call.get();
    }
    return response;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
