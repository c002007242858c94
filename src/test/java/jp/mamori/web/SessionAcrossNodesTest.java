package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.tasks.TaskListView;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.WebSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.convert.ConversionService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes, one database (ADR 0034): the session is in the database, so a node that has never seen it continues
 * it. Spring Session reads and deserializes the session from the database on every request, so each request of this
 * test is such a continuation; the session is also read by a repository of the test's own, as another node reads it:
 * the login, the language and the task list's page bean with its filter and its services come back.
 */
class SessionAcrossNodesTest extends IntegrationTest {

  private static final Pattern OPTION = Pattern.compile("<option value=\"([^\"]+)\"");

  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;
  @Autowired @Qualifier("springSessionConversionService") ConversionService sessionConversions;

  @Test
  @DisplayName("ログインしたセッションは他のノードでも続く: 絞り込みの変更が保存され、次のページも動く")
  void aSessionWrittenByOneNodeContinuesOnAnother() {
    WebSession browser = WebSession.loggedIn(baseUrl(), "records-manager", "demo");
    HttpResponse<String> list = browser.get("/tasks.xhtml");
    assertThat(list.statusCode()).isEqualTo(200);
    String procedure = firstProcedure(list.body());

    // a postback: the page bean written after the first page is read again, with this node's services
    HttpResponse<String> filtered = browser.post("/tasks.xhtml", applyFilter(list.body(), procedure));
    assertThat(filtered.statusCode()).isEqualTo(200);
    assertThat(filtered.body()).contains("<partial-response").contains("taskForm:tasks").doesNotContain("<error>");

    // another node: a repository of its own over the same database, never having seen this session
    Session stored = anotherNode().findById(sessionIdOf(browser));
    assertThat(stored).as("the session is in the database").isNotNull();
    SecurityContext login = stored.getAttribute("SPRING_SECURITY_CONTEXT");
    assertThat(login.getAuthentication().getPrincipal()).isInstanceOfSatisfying(StaffPrincipal.class,
        p -> assertThat(p.userId()).isEqualTo("records-manager"));
    assertThat(stored.<LocaleSelection>getAttribute("scopedTarget.localeSelection").getLanguage()).isEqualTo("ja");
    TaskListView page = viewBean(stored, TaskListView.class);
    assertThat(page.getProcedureKey()).as("the filter chosen on the postback").isEqualTo(procedure);
    assertThat(page.getProcedures()).as("the services given back on reading").isNotEmpty();

    // and the next postback, reading the bean once more, works as well
    HttpResponse<String> cleared = browser.post("/tasks.xhtml", clearFilters(filtered.body(), list.body()));
    assertThat(cleared.statusCode()).isEqualTo(200);
    assertThat(cleared.body()).contains("<partial-response").doesNotContain("<error>");
    assertThat(viewBean(anotherNode().findById(sessionIdOf(browser)), TaskListView.class).getProcedureKey())
        .isNull();
    assertThat(jdbc.queryForObject("select count(*) from SPRING_SESSION where PRINCIPAL_NAME = ?", Integer.class,
        "records-manager")).isPositive();
  }

  /**
   * A page opened in a second tab while the first tab's page posts: both requests read the session's views and write
   * them back. Before the session's page requests ran in turn (web.OnePageRequestPerSession), the first tab's write
   * lost the second tab's new view in about one round of four, and its next click answered "page expired".
   */
  @Test
  @DisplayName("二つのタブで同時に操作しても、片方の画面が期限切れにならない")
  void aPageOpenedInASecondTabWhileTheFirstPostsKeepsItsView() throws Exception {
    WebSession browser = WebSession.loggedIn(baseUrl(), "records-manager", "demo");
    String firstTab = browser.get("/tasks.xhtml").body();
    String procedure = firstProcedure(firstTab);
    ExecutorService tabs = Executors.newFixedThreadPool(2);
    try {
      for (int round = 1; round <= 20; round++) {
        Future<HttpResponse<String>> opened = tabs.submit(() -> browser.get("/tasks.xhtml"));
        Future<HttpResponse<String>> posted = tabs.submit(() -> browser.post("/tasks.xhtml",
            applyFilter(firstTab, procedure)));
        assertThat(posted.get(30, TimeUnit.SECONDS).body()).as("round %d, the first tab", round)
            .contains("<partial-response").doesNotContain("<redirect").doesNotContain("<error>");
        String secondTab = opened.get(30, TimeUnit.SECONDS).body();

        HttpResponse<String> click = browser.post("/tasks.xhtml", applyFilter(secondTab, procedure));
        assertThat(click.body()).as("round %d, the second tab's next click", round)
            .contains("<partial-response").doesNotContain("<redirect").doesNotContain("<error>");
      }
    } finally {
      tabs.shutdownNow();
    }
  }

  private JdbcIndexedSessionRepository anotherNode() {
    JdbcIndexedSessionRepository repository = new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource),
        new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
    repository.setConversionService(sessionConversions);
    return repository;
  }

  /** Spring Session's cookie carries the session id in Base64. */
  private static String sessionIdOf(WebSession browser) {
    return new String(java.util.Base64.getDecoder().decode(browser.sessionId().orElseThrow()),
        java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The page bean of the given class among the session's views (view scope lives in the session). */
  private static <T> T viewBean(Session session, Class<T> type) {
    for (String name : session.getAttributeNames()) {
      if (session.getAttribute(name) instanceof Map<?, ?> views) {
        for (Object view : views.values()) {
          if (view instanceof Map<?, ?> beans) {
            for (Object bean : beans.values()) {
              if (type.isInstance(bean)) {
                return type.cast(bean);
              }
            }
          }
        }
      }
    }
    throw new AssertionError("no " + type.getSimpleName() + " in the session " + session.getAttributeNames());
  }

  private static String firstProcedure(String html) {
    Matcher option = OPTION.matcher(html);
    assertThat(option.find()).as("a procedure to filter by").isTrue();
    return option.group(1);
  }

  private static Map<String, String> applyFilter(String html, String procedure) {
    Map<String, String> form = ajax(html, "taskForm:applyFilters", "taskForm", "taskForm:tasks");
    form.put("taskForm:scope", "ALL");
    form.put("taskForm:procedure_input", procedure);
    form.put("taskForm:dueFrom_input", "");
    form.put("taskForm:dueTo_input", "");
    return form;
  }

  private static Map<String, String> clearFilters(String partial, String page) {
    Map<String, String> form = ajax(page, "taskForm:clearFilters", "taskForm:clearFilters", "taskForm");
    form.put("jakarta.faces.ViewState", viewState(partial, form.get("jakarta.faces.ViewState")));
    return form;
  }

  /** A PrimeFaces ajax postback of the task form, as the browser sends it. */
  private static Map<String, String> ajax(String html, String source, String execute, String render) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("jakarta.faces.partial.ajax", "true");
    form.put("jakarta.faces.source", source);
    form.put("jakarta.faces.partial.execute", execute);
    form.put("jakarta.faces.partial.render", render);
    form.put(source, source);
    form.put("taskForm", "taskForm");
    form.put("jakarta.faces.ViewState", viewState(html, null));
    form.put(WebSession.CSRF_FIELD, WebSession.csrfToken(html).orElseThrow());
    // PrimeFaces' script sends the page's CSP nonce with every ajax request; the view keeps it to compare
    Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(html);
    assertThat(nonce.find()).as("the page's CSP nonce").isTrue();
    form.put("primefaces.nonce", nonce.group(1));
    return form;
  }

  /** The view state of a page, or of a partial response (which repeats it), else the one given. */
  private static String viewState(String html, String otherwise) {
    Matcher input = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(html);
    if (input.find()) {
      return input.group(1).replace("&#58;", ":");
    }
    Matcher update = Pattern.compile("jakarta.faces.ViewState[^\"]*\"><!\\[CDATA\\[([^\\]]+)\\]\\]>").matcher(html);
    if (update.find()) {
      return update.group(1);
    }
    assertThat(otherwise).as("a view state").isNotNull();
    return otherwise;
  }
}
