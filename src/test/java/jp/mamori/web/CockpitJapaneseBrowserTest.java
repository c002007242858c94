package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.tasks.Procedures;
import jp.mamori.testing.Browser;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Staff;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Cockpit, Admin and Tasklist in Japanese for a browser whose language is Japanese (docs/webapps.md): the executive
 * opens Cockpit from the app and reads a running case; the system administrator opens Admin; a handler opens
 * Tasklist and the welcome page; a browser set to another language gets English. Screenshots under
 * target/screenshots/CockpitJapaneseBrowserTest/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CockpitJapaneseBrowserTest extends IntegrationTest {

  @RegisterExtension
  static final Browser browser = new Browser();

  private static final String COCKPIT = "/camunda/app/cockpit/default/";

  @Autowired Procedures procedures;
  @Autowired StaffDirectory staff;

  @Test
  @Order(1)
  void theExecutiveSeesCockpitInJapanese() {
    ProcessInstance instance = procedures.start(Staff.of(staff, "nurse"), "sampleApproval", Map.of(
        "title", "Cockpit日本語表示の確認", "personCount", 2L, "department", "NURSING", "urgent", false));
    browser.login("exec", "demo");
    // executives have no task work: they land on the dashboard
    browser.waitForUrl("/dashboard.xhtml");

    browser.open(COCKPIT);
    browser.waitForText("実行中のプロセスインスタンス");
    assertThat(browser.bodyText()).contains("未解決のインシデント", "未完了のヒューマンタスク", "デプロイ済み",
        "プロセス定義", "デシジョン定義").doesNotContain("Running Process Instances", "Open Incidents");
    assertThat(browser.find(By.cssSelector("[cam-widget-header]")).getText())
        .contains("プロセス", "デシジョン", "ヒューマンタスク");
    browser.screenshot("cockpit-dashboard");

    browser.open(COCKPIT + "#/process-instance/" + instance.getId() + "/runtime");
    browser.waitForText("ビジネスキー:");
    browser.waitForText("Cockpit日本語表示の確認");
    assertThat(browser.bodyText()).contains("変数", "インシデント", "呼び出されたプロセスインスタンス",
        "ユーザータスク", "ジョブ");
    browser.fullPageScreenshot("cockpit-process-instance");
    assertThat(httpErrorsOtherThanRefusals()).isEmpty();
  }

  @Test
  @Order(2)
  void theSystemAdministratorSeesAdminInJapanese() {
    browser.open("/tasks.xhtml");
    browser.logout();
    browser.login("admin");

    browser.open("/camunda/app/admin/default/#/users");
    browser.waitForText("ユーザー一覧");
    assertThat(browser.find(By.cssSelector("[cam-widget-header]")).getText())
        .contains("ユーザー", "グループ", "テナント", "認可", "システム");
    browser.screenshot("admin-users");
  }

  @Test
  @Order(3)
  void aHandlerSeesTasklistInJapanese() {
    browser.open("/tasks.xhtml");
    browser.logout();
    browser.login("nurse");

    browser.open("/camunda/app/tasklist/default/");
    browser.waitForText("プロセスを開始");
    assertThat(browser.bodyText()).contains("タスクを作成");
    browser.screenshot("tasklist");
  }

  @Test
  @Order(4)
  void theWelcomePageIsInJapaneseToo() {
    browser.open("/camunda/app/welcome/default/");
    browser.waitForText("アプリケーション");
    assertThat(browser.bodyText()).contains("プロフィール", "Tasklist");
    browser.screenshot("welcome");
  }

  @Test
  @Order(5)
  void aBrowserInAnyOtherLanguageGetsEnglish() {
    // the browser now reports English as its language (navigator.languages and Accept-Language), as an
    // English-speaking visitor's browser does; it stays so for the rest of this class
    String userAgent = (String) browser.script("return navigator.userAgent");
    ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setUserAgentOverride",
        Map.of("userAgent", userAgent, "acceptLanguage", "en-US"));

    browser.open("/camunda/app/tasklist/default/");
    browser.waitForText("Start process");
    assertThat(browser.bodyText()).contains("Create task").doesNotContain("プロセスを開始");
    browser.screenshot("tasklist-english");
  }

  /** The executive's Cockpit may be refused actions; it must not fail to load what it shows. */
  private static List<String> httpErrorsOtherThanRefusals() {
    return browser.newHttpErrors().stream().filter(l -> !l.contains("status of 403")).toList();
  }
}
