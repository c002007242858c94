package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.tasks.Procedures;
import jp.mamori.testing.Browser;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Staff;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Cockpit, Admin and Tasklist in Japanese for a browser whose language is Japanese (docs/webapps.md): the executive
 * opens Cockpit from the app and reads a running case; the system administrator opens Admin; a handler opens
 * Tasklist and the welcome page; a browser set to another language gets English. A refusal shows the server's reason. Screenshots under
 * target/screenshots/CockpitJapaneseBrowserTest/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CockpitJapaneseBrowserTest extends IntegrationTest {

  @RegisterExtension
  static final Browser browser = new Browser();

  private static final String COCKPIT = "/camunda/app/cockpit/default/";

  @Autowired Procedures procedures;
  @Autowired StaffDirectory staff;
  @Autowired RepositoryService repositoryService;

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

  /**
   * The webapps show one line of their own for any refusal that is not a missing authorization; the server's answer
   * says which rule refused and why, and Mamori's script puts it under that line (ADR 0062's search by content here).
   */
  @Test
  @Order(2)
  void aRefusalShowsTheServersReason() {
    String complaint = repositoryService.createProcessDefinitionQuery().processDefinitionKey("complaint")
        .latestVersion().singleResult().getId();
    String byName = URLEncoder.encode("[{\"type\":\"variables\",\"operator\":\"eq\",\"value\":\"山田花子\","
        + "\"name\":\"complainantName\"}]", StandardCharsets.UTF_8);

    browser.open(COCKPIT + "#/process-definition/" + complaint + "/runtime?searchQuery=" + byName);

    String reason = Messages.text(Locale.JAPANESE, "search.error.content");
    WebElement notice = browser.waitFor("the refusal's notice with its reason", driver -> driver
        .findElements(By.cssSelector(".alert")).stream().filter(a -> a.getText().contains(reason)).findFirst()
        .orElse(null));
    assertThat(notice.getText()).contains("アクセス拒否", "操作はサーバーに拒否されました", reason);
    assertThat(notice.findElements(By.cssSelector(".mamori-refusal"))).hasSize(1);
    browser.screenshot("cockpit-refusal-with-reason");
  }

  @Test
  @Order(3)
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
  @Order(4)
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
  @Order(5)
  void theWelcomePageIsInJapaneseToo() {
    browser.open("/camunda/app/welcome/default/");
    browser.waitForText("アプリケーション");
    assertThat(browser.bodyText()).contains("プロフィール", "Tasklist");
    browser.screenshot("welcome");
  }

  @Test
  @Order(6)
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
