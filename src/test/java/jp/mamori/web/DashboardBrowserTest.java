package jp.mamori.web;

import static jp.mamori.web.Pages.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import jp.mamori.testing.Browser;
import jp.mamori.testing.IntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The executive's dashboard through the real UI: exec logs in and lands on it, reads it in Japanese with both charts
 * drawn, opens the list behind a figure, exports it (CSV with a BOM, Excel), and reads the dashboard in English.
 * Screenshots under target/screenshots/DashboardBrowserTest/.
 */
class DashboardBrowserTest extends IntegrationTest {

  static final String PROCEDURE = "dashboardBrowserProbe";

  @RegisterExtension
  static final Browser browser = new Browser();

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired Clock clock;

  @Test
  void execSeesTheDashboardOpensAFiguresListAndExportsIt() {
    repositoryService.createDeployment().name(PROCEDURE).enableDuplicateFiltering(true)
        .addModelInstance(PROCEDURE + ".bpmn", Bpmn.createExecutableProcess(PROCEDURE).name("画面試験の手続き")
            .camundaHistoryTimeToLive(30).startEvent()
            .userTask("Task_Check").name("画面試験の確認").camundaCandidateGroups("supervising-manager")
            .camundaDueDate("${due}").endEvent().done())
        .deploy();
    ProcessInstance late = runtimeService.startProcessInstanceByKey(PROCEDURE, "DBB-" + System.nanoTime() % 100000,
        Variables.createVariables().putValue("due", Date.from(Instant.now().minus(Duration.ofDays(3)))));
    runtimeService.startProcessInstanceByKey(PROCEDURE, "DBB-" + (System.nanoTime() % 100000 + 1),
        Variables.createVariables().putValue("due", Date.from(Instant.now().plus(Duration.ofDays(3)))));

    // 1. exec has no task work: the login lands on the dashboard, in Japanese
    browser.login("exec", "demo");
    browser.waitForUrl("/dashboard.xhtml");
    browser.waitForAjax();
    assertThat(browser.title()).startsWith("ダッシュボード");
    assertThat(browser.bodyText()).contains("手続き別のタスク", "ロール別のタスク", "年次監査(第36条)", "新しい利用目的",
        "月別の推移(過去12か月)", "未完了", "期限超過", "画面試験の手続き", "個人情報統括管理者", "集計日時");
    // no developer timing on the page (issue #17 item 12)
    assertThat(browser.find(By.cssSelector(".dashboard-footer")).getText()).doesNotContainPattern("\\d+ ms");

    // both charts are drawn: a canvas each, with pixels on it
    List<WebElement> canvases = browser.findAll(By.cssSelector(".dashboard-chart canvas"));
    assertThat(canvases).hasSize(2);
    for (WebElement canvas : canvases) {
      assertThat(browser.script("const c = arguments[0];"
          + "return c.width > 0 && c.getContext('2d').getImageData(0, 0, c.width, c.height).data.some(v => v !== 0);",
          canvas)).as("chart drawn").isEqualTo(true);
    }
    assertThat(browser.consoleErrors()).as("console errors (CSP refusals show here)").isEmpty();
    browser.fullPageScreenshot("dashboard");

    // 2. the overdue figure of the procedure opens the list behind it
    WebElement overdue = browser.find(By.cssSelector("a[data-figure='tasks.overdue:" + PROCEDURE + "']"));
    assertThat(overdue.getText()).isEqualTo("1");
    assertThat(overdue.getAttribute("class")).contains("figure-overdue");
    overdue.click();
    browser.waitForUrl("/dashboard-list.xhtml?figure=");
    browser.waitForAjax();
    assertThat(browser.find(By.id("listTitle")).getText()).isEqualTo("期限を過ぎたタスク: 画面試験の手続き");
    WebElement row = browser.find(Pages.caseRow("listForm:rows", late.getBusinessKey()));
    assertThat(row.getText()).contains("画面試験の確認", "未割当", "期限切れ").containsPattern("\\d{4}年\\d{1,2}月\\d{1,2}日");
    browser.screenshot("overdue-list");

    // 3. export: the buttons post the page as a download, and what they send is the list
    Object csv = browser.script("const form = document.getElementById('listForm');"
        + "const data = new URLSearchParams(new FormData(form)); data.append('listForm:exportCsv', '');"
        + "return fetch(form.action, {method: 'POST', body: data}).then(r => r.arrayBuffer()).then(b => {"
        + "  const bytes = new Uint8Array(b);"
        + "  return (bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF ? 'BOM ' : 'NO-BOM ')"
        + "      + new TextDecoder('utf-8').decode(bytes.slice(3)); });");
    assertThat((String) csv).startsWith("BOM ").contains("画面試験の確認", late.getBusinessKey(), "期限切れ");
    post(browser, By.id("listForm:exportXlsx"), "exporting the list to Excel");
    post(browser, By.id("listForm:exportCsv"), "exporting the list to CSV");
    assertThat(browser.find(By.id("listTitle")).getText()).isEqualTo("期限を過ぎたタスク: 画面試験の手続き");

    // 4. back to the dashboard, and in English
    browser.find(By.id("back")).click();
    browser.waitForUrl("/dashboard.xhtml");
    browser.find(By.id("langForm:switchLanguage")).click();
    browser.waitForPage();
    browser.waitForText("Tasks per procedure");
    assertThat(browser.bodyText()).contains("Dashboard", "Tasks per role", "Annual audit (Art. 36)",
        "Monthly trends (last 12 months)", "Open", "Overdue", "Total", "Supervising manager")
        .containsPattern("Computed at [A-Z][a-z]{2} \\d{1,2}, \\d{4} \\d{2}:\\d{2}")
        .doesNotContain("未完了", "期限超過", "合計");
    // the trends have this test's cases: no "nothing yet" line (it stands in for rows only on an empty history)
    assertThat(browser.findAll(By.cssSelector("#section-trends tr.no-rows"))).isEmpty();
    assertThat(browser.findAll(By.cssSelector("#section-trends tbody tr"))).isNotEmpty();
    browser.fullPageScreenshot("dashboard-en");
    browser.find(By.id("langForm:switchLanguage")).click();
    browser.waitForText("手続き別のタスク");
  }

  /**
   * ADR 0041: a list longer than 1,000 rows counts no further on the page (「1,000件以上」, 50 pages of 20), and its
   * export still holds every row.
   */
  @Test
  void aLongListCountsUpTo1000ButExportsEveryRow() {
    String key = "dashboardLongListProbe";
    repositoryService.createDeployment().name(key).enableDuplicateFiltering(true)
        .addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key).name("長い一覧の試験")
            .camundaHistoryTimeToLive(30).startEvent().endEvent().done())
        .deploy();
    // the month in the hospital's zone, as the dashboard reads it
    String month = YearMonth.now(clock).format(DateTimeFormatter.ofPattern("uuuu-MM"));
    long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(key)
        .startedAfter(Date.from(YearMonth.now(clock).atDay(1).atStartOfDay(clock.getZone()).toInstant())).count();
    for (long i = before; i < 1_005; i++) {
      runtimeService.startProcessInstanceByKey(key, "DBL-" + i);
    }

    browser.login("exec", "demo");
    // the login lands on the dashboard first: open the list only after that navigation has ended
    browser.waitForUrl("/dashboard.xhtml");
    browser.open("/dashboard-list.xhtml?figure=trends.started:" + key + ":" + month);
    browser.waitForAjax();
    assertThat(browser.find(By.id("listTitle")).getText()).endsWith("に開始した案件: 長い一覧の試験");
    assertThat(browser.find(By.cssSelector("#listForm\\:rows .ui-paginator-current")).getText())
        .isEqualTo("1–20 / 1,000件以上");
    browser.find(By.cssSelector("#listForm\\:rows .ui-paginator-last")).click();
    browser.waitForAjax();
    assertThat(browser.find(By.cssSelector("#listForm\\:rows .ui-paginator-current")).getText())
        .isEqualTo("981–1000 / 1,000件以上");
    browser.screenshot("long-list-last-page");

    Object lines = browser.script("const form = document.getElementById('listForm');"
        + "const data = new URLSearchParams(new FormData(form)); data.append('listForm:exportCsv', '');"
        + "return fetch(form.action, {method: 'POST', body: data}).then(r => r.text())"
        + "  .then(t => t.split('\\n').filter(l => l.includes('DBL-')).length);");
    assertThat(((Number) lines).longValue()).isEqualTo(1_005);
  }
}
