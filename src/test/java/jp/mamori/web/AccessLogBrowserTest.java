package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import jp.mamori.incident.LeakReports;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.tasks.Procedures;
import jp.mamori.testing.Browser;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Staff;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The access log of patient data through the real UI (ADR 0026): the supervising manager opens a leak's board
 * (logged), then searches the log by case and sees her own view. Screenshot under
 * target/screenshots/AccessLogBrowserTest/.
 */
class AccessLogBrowserTest extends IntegrationTest {

  @RegisterExtension
  static final Browser browser = new Browser();

  @Autowired Procedures procedures;
  @Autowired StaffDirectory staff;
  @Autowired Clock clock;

  @Test
  @DisplayName("第35条: 統括管理者が対策本部のボードを見ると記録され、アクセス記録の画面で案件番号から検索できる")
  void theSupervisingManagerSearchesTheLogByCase() {
    ProcessInstance leak = procedures.start(Staff.of(staff, "nurse"), "leakIncidentResponse",
        LeakReports.medical(clock, "検査結果の誤送付(アクセス記録の画面試験)"));
    String key = leak.getBusinessKey();

    browser.login("privacy-lead");
    browser.open("/incident.xhtml?key=" + key);
    browser.waitForPage();
    browser.open("/access-log.xhtml");
    browser.waitForPage();
    assertThat(browser.title()).startsWith("患者情報のアクセス記録");
    browser.find(By.id("accessLogForm:case")).sendKeys(key);
    browser.find(By.id("accessLogForm:search")).click();
    browser.waitForAjax();

    String table = browser.find(By.id("accessLogForm:accesses")).getText();
    assertThat(table).contains(key, "incident.xhtml", "佐藤 花子", "privacy-lead", "127.0.0.1", "アプリ");
    assertThat(browser.find(By.id("accessLogForm:exportCsv")).getAttribute("href"))
        .contains("/access-log/export.csv?case=" + key);
    assertThat(browser.consoleErrors()).isEmpty();
    browser.fullPageScreenshot("access-log");
  }
}
