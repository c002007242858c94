package jp.mamori.dashboard;

import static jp.mamori.testing.WebSession.location;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.WebSession;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard over real HTTP with a logged-in session: who may open it (the URL rule is its authorization, as it
 * reads as the application), where a login lands, and the lists' CSV (UTF-8 with a BOM, Japanese intact) and Excel
 * export as a browser downloads them.
 */
class DashboardAccessTest extends IntegrationTest {

  private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>", Pattern.CASE_INSENSITIVE);

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;

  @ParameterizedTest
  @ValueSource(strings = {"exec", "director", "privacy-lead", "admin"})
  void executivesManagersAndTheAdministratorSeeTheDashboard(String user) {
    WebSession session = WebSession.loggedIn(baseUrl(), user, "demo");

    HttpResponse<String> page = session.get("/dashboard.xhtml");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("ダッシュボード", "手続き別のタスク", "ロール別のタスク", "年次監査(第36条)",
        "新しい利用目的", "月別の推移", "data-figure=\"tasks.open\"", "id=\"navDashboard\"");
    assertThat(session.get("/dashboard-list.xhtml?figure=tasks.open").statusCode()).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"nurse", "records-manager", "desk", "hq-officer", "modeler"})
  void everyoneElseIsRefused(String user) {
    WebSession session = WebSession.loggedIn(baseUrl(), user, "demo");

    assertThat(session.get("/dashboard.xhtml").statusCode()).isEqualTo(403);
    assertThat(session.get("/dashboard-list.xhtml?figure=tasks.open").statusCode()).isEqualTo(403);
    assertThat(session.get("/tasks.xhtml").body()).doesNotContain("id=\"navDashboard\"");
  }

  @Test
  void anExecutiveLandsOnTheDashboardAndStaffOnTheirTaskList() {
    WebSession exec = WebSession.anonymous(baseUrl());
    assertThat(location(exec.login("exec", "demo"))).isEqualTo(baseUrl() + "/dashboard.xhtml");
    assertThat(location(exec.get("/"))).endsWith("/dashboard.xhtml");

    WebSession director = WebSession.anonymous(baseUrl());
    assertThat(location(director.login("director", "demo"))).isEqualTo(baseUrl() + "/tasks.xhtml");
    assertThat(location(director.get("/"))).endsWith("/tasks.xhtml");
  }

  @Test
  void anUnknownFigureShowsNoList() {
    HttpResponse<String> page = WebSession.loggedIn(baseUrl(), "exec", "demo")
        .get("/dashboard-list.xhtml?figure=tasks.open:%3Cscript%3E");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("この数字の一覧は見つかりません").doesNotContain("<script>");
  }

  @Test
  void aFiguresListExportsToCsvWithABomAndToExcel() throws Exception {
    DashboardFiguresTest.deployProbe(repositoryService);
    ProcessInstance late = DashboardFiguresTest.startProbe(runtimeService,
        Date.from(Instant.now().minus(Duration.ofDays(1))));
    WebSession session = WebSession.loggedIn(baseUrl(), "exec", "demo");
    String path = "/dashboard-list.xhtml?figure="
        + URLEncoder.encode("tasks.overdue:" + DashboardFiguresTest.PROBE, StandardCharsets.UTF_8);
    HttpResponse<String> page = session.get(path);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("期限を過ぎたタスク: ダッシュボード試験", late.getBusinessKey());

    byte[] csv = export(session, path, page.body(), "listForm:exportCsv");
    assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
    String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    assertThat(text.lines().findFirst().orElseThrow()).contains("タスク", "手続き", "案件番号", "期限");
    assertThat(text).contains("ダッシュボード試験の確認", late.getBusinessKey(), "期限切れ", "年");

    // the page's view is still there for a second export
    byte[] xlsx = export(session, path, page.body(), "listForm:exportXlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      List<List<String>> rows = new ArrayList<>();
      DataFormatter format = new DataFormatter();
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        for (Cell cell : row) {
          cells.add(format.formatCellValue(cell));
        }
        rows.add(cells);
      }
      assertThat(rows.get(0)).contains("タスク", "案件番号");
      assertThat(rows).anySatisfy(r -> assertThat(r).contains("ダッシュボード試験の確認", late.getBusinessKey()));
      assertThat(rows.size() - 1L).isEqualTo(text.lines().count() - 1);
      // issue #17 item 12: the due date is a date cell, not text
      int dueColumn = rows.get(0).indexOf("期限");
      Row lateRow = null;
      for (Row row : sheet) {
        if (row.getRowNum() > 0 && format.formatCellValue(row.getCell(rows.get(0).indexOf("案件番号")))
            .equals(late.getBusinessKey())) {
          lateRow = row;
        }
      }
      assertThat(lateRow).isNotNull();
      Cell due = lateRow.getCell(dueColumn);
      assertThat(due.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
      assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(due)).isTrue();
    }
  }

  @Test
  void aCellThatStartsLikeAFormulaIsExportedAsText() throws Exception {
    DashboardFiguresTest.deployProbe(repositoryService);
    Date late = Date.from(Instant.now().minus(Duration.ofDays(1)));
    String marker = UUID.randomUUID().toString().substring(0, 8);
    List<String> instances = new ArrayList<>();
    try {
      for (String key : List.of("=HYPERLINK(\"http://x/\")" + marker, "\t=1+1" + marker, "\n@SUM(1)" + marker)) {
        instances.add(runtimeService.startProcessInstanceByKey(DashboardFiguresTest.PROBE, key,
            Variables.createVariables().putValue("due", late).putValue("person", "nurse")).getId());
      }
      WebSession session = WebSession.loggedIn(baseUrl(), "exec", "demo");
      String path = "/dashboard-list.xhtml?figure="
          + URLEncoder.encode("tasks.overdue:" + DashboardFiguresTest.PROBE, StandardCharsets.UTF_8);
      HttpResponse<String> page = session.get(path);

      String text = new String(export(session, path, page.body(), "listForm:exportCsv"), StandardCharsets.UTF_8);

      assertThat(text).contains("\"'=HYPERLINK(\"\"http://x/\"\")" + marker + "\"", "\"'\t=1+1" + marker + "\"",
          "\"'\n@SUM(1)" + marker + "\"");
    } finally {
      // a cell with a line break would upset the other tests' line counts of this list
      instances.forEach(id -> runtimeService.deleteProcessInstance(id, "test over"));
    }
  }

  /** Posts the list form as its export button does (non-ajax), with the page's view state and CSRF token. */
  private byte[] export(WebSession session, String path, String html, String button)
      throws IOException, InterruptedException {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("listForm", "listForm");
    form.put("jakarta.faces.ViewState", hidden(html, "jakarta.faces.ViewState"));
    form.put("_csrf", hidden(html, "_csrf"));
    form.put(button, "");
    String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    // bytes, not text: the Excel file is binary; the session cookie is the browser's
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Cookie", WebSession.SESSION_COOKIE + "=" + session.sessionId().orElseThrow())
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).as(button).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition").orElse("")).as(button)
        .contains("mamori-tasks-overdue-" + DashboardFiguresTest.PROBE);
    return response.body();
  }

  private static String hidden(String html, String name) {
    Matcher inputs = INPUT.matcher(html);
    while (inputs.find()) {
      String tag = inputs.group();
      if (tag.contains("name=\"" + name + "\"")) {
        Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(tag);
        if (value.find()) {
          return value.group(1).replace("&#58;", ":").replace("&amp;", "&");
        }
      }
    }
    throw new AssertionError("no hidden field " + name);
  }
}
