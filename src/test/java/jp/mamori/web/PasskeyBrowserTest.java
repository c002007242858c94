package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.security.Passkeys;
import jp.mamori.security.SecondFactorSettings;
import jp.mamori.testing.Browser;
import jp.mamori.testing.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second factor in a real browser (ADR 0025), with Chromium's virtual authenticator standing in for the
 * device: the process owner logs in with the password, can reach nothing but the enrolment page, registers a
 * passkey, confirms with it, and at the next login confirms with it again; a system administrator then removes it
 * (recovery). The passkey ceremonies run on http://localhost (an IP address cannot be a relying party). The setting
 * is switched on for this class and back afterwards, on the one shared application.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PasskeyBrowserTest extends IntegrationTest {

  @RegisterExtension
  static final Browser browser = new Browser();

  private static final String USER = "modeler";

  @Autowired SecondFactorSettings settings;
  @Autowired Passkeys passkeys;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transaction;

  private boolean wasEnabled;
  private String origin;
  private VirtualAuthenticator authenticator;

  @BeforeAll
  void switchOnWithAVirtualAuthenticator() {
    wasEnabled = settings.isEnabled();
    origin = "http://localhost:" + port;
    settings.getAllowedOrigins().add(origin);
    settings.setEnabled(true);
    authenticator = ((HasVirtualAuthenticator) browser.driver()).addVirtualAuthenticator(
        new VirtualAuthenticatorOptions()
            .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
            .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
            .setHasResidentKey(true)
            .setHasUserVerification(true)
            .setIsUserVerified(true));
  }

  @AfterAll
  void switchBack() {
    settings.setEnabled(wasEnabled);
    settings.getAllowedOrigins().remove(origin);
    if (authenticator != null) {
      ((HasVirtualAuthenticator) browser.driver()).removeVirtualAuthenticator(authenticator);
    }
    transaction.executeWithoutResult(status -> jdbc.update("delete from user_credentials where user_entity_user_id in "
        + "(select id from user_entities where name = ?)", USER));
  }

  @Test
  @Order(1)
  @DisplayName("特権の役割はパスワードの後、パスキーを登録するまで登録ページにしか行けない(安全管理ガイドライン 第6.0版)")
  void withoutAPasskeyThePasswordLeadsOnlyToTheEnrolmentPage() {
    assertThat(passkeys.has(USER)).isFalse();
    login();
    browser.waitForUrl("/passkeys.xhtml");
    browser.waitForText("続けるにはパスキーを登録してください");

    open("/tasks.xhtml");
    browser.waitForUrl("/passkeys.xhtml");
    open("/versions.xhtml");
    browser.waitForUrl("/passkeys.xhtml");
    open("/api-tokens.xhtml");
    browser.waitForUrl("/passkeys.xhtml");
    browser.fullPageScreenshot("enrolment-page");
    assertThat(browser.consoleErrors()).isEmpty();
  }

  @Test
  @Order(2)
  @DisplayName("パスキーを登録すると、そのパスキーで確認してから仕事の画面に入る")
  void registeringAPasskeyThenConfirmingWithItOpensTheApp() {
    WebElement label = browser.find(By.id("passkeyLabel"));
    label.sendKeys("試験用の仮想認証器");
    browser.find(By.id("passkeyRegister")).click();
    browser.waitForUrl("/second-factor.xhtml");
    assertThat(passkeys.of(USER)).extracting(Passkeys.Passkey::label).containsExactly("試験用の仮想認証器");
    assertThat(authenticator.getCredentials()).hasSize(1);
    browser.screenshot("passkey-step");

    // the step done, the page last asked for opens (here the API tokens of step 1)
    browser.find(By.id("passkeyVerify")).click();
    browser.waitForUrl("/api-tokens.xhtml");
    open("/versions.xhtml");
    assertThat(browser.url()).contains("/versions.xhtml");
    open("/passkeys.xhtml");
    browser.waitForText("試験用の仮想認証器");
    browser.fullPageScreenshot("passkeys-after-enrolment");
    assertThat(trail("PASSKEY_REGISTERED")).isPositive();
    assertThat(trail("SECOND_FACTOR")).isPositive();
  }

  @Test
  @Order(3)
  @DisplayName("次のログインはパスワードの後にパスキーで確認する")
  void theNextLoginAsksForThePasskeyAfterThePassword() {
    browser.find(By.id("logout")).click();
    browser.waitForUrl("/login.xhtml?logout");
    login();
    browser.waitForUrl("/second-factor.xhtml");
    open("/tasks.xhtml");
    browser.waitForUrl("/second-factor.xhtml");
    // another passkey cannot be added before this one is shown
    Object refused = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "var csrf = document.getElementById('passkeyCsrf'); var h = {'Content-Type': 'application/json'};"
            + "h[csrf.name] = csrf.value;"
            + "fetch('/webauthn/register/options', {method: 'POST', headers: h}).then(r => done(r.status));");
    assertThat(((Number) refused).intValue()).isEqualTo(401);

    browser.find(By.id("passkeyVerify")).click();
    browser.waitForUrl("/tasks.xhtml");
    browser.find(By.id("logout")).click();
    browser.waitForUrl("/login.xhtml?logout");
  }

  @Test
  @Order(4)
  @DisplayName("端末をなくしたら、システム管理者がパスキーを削除し、監査証跡に残る")
  void aSystemAdministratorRemovesTheLostPasskey() {
    // the administrator is privileged too; for this step the setting is off, so the password is enough
    settings.setEnabled(false);
    try {
      browser.login("admin");
      browser.open("/passkey-recovery.xhtml");
      browser.find(By.id("recoveryForm:reason")).sendKeys("端末の紛失(試験)");
      WebElement row = browser.find(By.xpath("//tr[td[contains(., '(" + USER + ")')]]"));
      row.findElement(By.cssSelector("button[id$=':remove']")).click();
      browser.waitForAjax();
      browser.waitForText("パスキーを 1 件削除しました");
      browser.screenshot("recovery");
      assertThat(passkeys.has(USER)).isFalse();
      assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = 'admin' and action = "
          + "'PASSKEYS_REMOVED' and detail like ?", Integer.class, USER + " (1): 端末の紛失%")).isEqualTo(1);
      browser.logout();
    } finally {
      settings.setEnabled(true);
    }
  }

  private void login() {
    open("/login.xhtml");
    browser.find(By.id("username")).sendKeys(USER);
    browser.driver().findElement(By.id("password")).sendKeys("demo");
    browser.driver().findElement(By.id("loginButton")).click();
  }

  /** Pages of the passkey steps are opened on localhost, the relying party's host. */
  private void open(String path) {
    browser.driver().get(origin + path);
    browser.waitForPage();
  }

  private int trail(String action) {
    return jdbc.queryForObject("select count(*) from audit_entry where actor = ? and action = ?", Integer.class,
        USER, action);
  }
}
