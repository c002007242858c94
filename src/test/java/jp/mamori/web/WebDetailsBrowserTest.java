package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.mamori.testing.Browser;
import jp.mamori.testing.IntegrationTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What staff see around the procedures, in a real browser: the start page's cards and buttons, the app's own error
 * pages (403, 404) in Japanese and, after switching, in English, and Cockpit without Camunda's migration banner and
 * with a way back. Screenshots under target/screenshots/WebDetailsBrowserTest/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebDetailsBrowserTest extends IntegrationTest {

  @RegisterExtension
  static final Browser browser = new Browser();

  @Test
  @Order(1)
  void theStartPageButtonsShowTheirTextAndTheCardsSpeakToStaff() {
    freshLogin("privacy-lead");
    browser.open("/start.xhtml");

    List<WebElement> buttons = browser.findAll(By.cssSelector(".procedure-card a.button-link"));
    assertThat(buttons).isNotEmpty();
    for (WebElement button : buttons) {
      assertThat(button.getText()).isEqualTo("開始する");
      assertThat(button.getCssValue("color")).as("text colour of a start button")
          .isNotEqualTo(button.getCssValue("background-color"));
    }
    WebElement audit = card("個人情報の年次監査");
    assertThat(audit.findElement(By.cssSelector(".card-facts")).getText()).contains("判断する人", "かかる時間");
    assertThat(audit.findElement(By.cssSelector(".card-articles")).getText()).contains("第36条");
    // written for staff: no decision-table ids, settings or timers
    assertThat(browser.find(By.cssSelector(".cards")).getText())
        .doesNotContain("incidentReportability", "acquisitionRule", "mamori.", "outsourcingPeriodicCheck", "P1Y");
    browser.fullPageScreenshot("start-page");
  }

  @Test
  @Order(2)
  void aNurseAtTheIncidentBoardGetsTheAppsForbiddenPageInJapaneseThenEnglish() {
    freshLogin("nurse");
    browser.open("/incident.xhtml");
    assertErrorPage("このページは開けません", "トップページへ戻る");
    browser.screenshot("forbidden-ja");
    browser.find(By.id("backToStart")).click();
    browser.waitForUrl("/tasks.xhtml");

    browser.find(By.id("langForm:switchLanguage")).click();
    browser.waitForText("日本語");
    browser.open("/incident.xhtml");
    assertErrorPage("You cannot open this page", "Back to the start page");
    browser.open("/no-such-page.xhtml");
    assertErrorPage("Page not found", "Back to the start page");
    browser.screenshot("not-found-en");
  }

  @Test
  @Order(3)
  void thePpcPageWithoutItsKindAndAPlainMissingPageGetTheNotFoundPage() {
    freshLogin("director");
    browser.open("/incident-ppc.xhtml?key=LI-00000000-000000");
    assertErrorPage("ページが見つかりません", "トップページへ戻る");
    browser.open("/no-such-page");
    assertErrorPage("ページが見つかりません", "トップページへ戻る");
  }

  @Test
  @Order(4)
  void aProcessOwnerAtAdminAndAnExecutiveAtTasklistGetTheForbiddenPage() {
    freshLogin("modeler");
    browser.open("/camunda/app/admin/default/");
    assertErrorPage("このページは開けません", "トップページへ戻る");

    browser.driver().manage().deleteAllCookies();
    browser.login("exec", "demo");
    browser.waitForUrl("/dashboard.xhtml");
    browser.open("/camunda/app/tasklist/default/");
    assertErrorPage("このページは開けません", "トップページへ戻る");
    browser.screenshot("tasklist-for-executive");
  }

  @Test
  @Order(5)
  void cockpitHasNoMigrationBannerTheNameFamilyFirstAndALinkBackToMamori() {
    browser.open("/camunda/app/cockpit/default/");
    browser.waitForText("実行中のプロセスインスタンス");
    WebElement back = browser.find(By.id("mamori-back"));
    assertThat(back.getText()).contains("Mamori に戻る");
    assertThat(browser.findAll(By.cssSelector(".ce-eol-banner"))).allSatisfy(b -> assertThat(b.isDisplayed()).isFalse());
    // 中村 修, family name first, not the webapps' "修 中村"
    browser.waitFor("the user's name in Japanese order", ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector("li.account > a.dropdown-toggle"), "中村 修"));
    browser.screenshot("cockpit-back-link");

    back.click();
    browser.waitForUrl("/dashboard.xhtml");
  }

  /** Each step is a different person: a new browser session, so the language starts as Japanese again. */
  private static void freshLogin(String user) {
    browser.driver().manage().deleteAllCookies();
    browser.login(user);
  }

  private static WebElement card(String procedureName) {
    return browser.find(By.xpath("//div[contains(@class, 'procedure-card')][h2[normalize-space() = '"
        + procedureName + "']]"));
  }

  private static void assertErrorPage(String title, String backLink) {
    assertThat(browser.find(By.id("errorTitle")).getText()).isEqualTo(title);
    assertThat(browser.find(By.id("backToStart")).getText()).isEqualTo(backLink);
    assertThat(browser.bodyText()).doesNotContain("Whitelabel", "Forbidden", "There was an unexpected error");
  }
}
