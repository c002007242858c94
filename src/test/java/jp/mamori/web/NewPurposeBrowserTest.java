package jp.mamori.web;

import static jp.mamori.web.Pages.caseRow;
import static jp.mamori.web.Pages.choose;
import static jp.mamori.web.Pages.openTask;
import static jp.mamori.web.Pages.messages;
import static jp.mamori.web.Pages.readonlyValue;
import static jp.mamori.web.Pages.select;
import static jp.mamori.web.Pages.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.testing.Browser;
import jp.mamori.testing.IntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The new-purpose procedure (第11–15条) through the real UI: the nurse files (第12条2), the privacy lead forwards
 * (第12条3), the director approves (第12条4), and the purpose appears on the public notice (第11条) in Japanese and
 * English. Screenshots under target/screenshots/NewPurposeBrowserTest/.
 */
class NewPurposeBrowserTest extends IntegrationTest {

  @RegisterExtension
  static final Browser browser = new Browser();

  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired StaffDirectory staff;

  @Test
  void nurseFilesPrivacyLeadForwardsDirectorApprovesAndTheNoticeShowsIt() {
    String stamp = LocalDateTime.now(ZoneId.of("Asia/Tokyo")).format(DateTimeFormatter.ofPattern("MMddHHmmss"));
    String purpose = "退院後の電話による療養支援 " + stamp;
    String purposeEn = "Telephone follow-up after discharge " + stamp;

    // 1. the nurse files the notification
    browser.login("nurse");
    browser.open("/start.xhtml");
    browser.waitForAjax();
    browser.screenshot("procedures");
    StartPage.open(browser, "newPurposeAcquisition");
    type(browser, "利用目的", purpose);
    type(browser, "利用目的(英語・公表用、任意)", purposeEn);
    choose(browser, "区分(第17条)", "院内での利用(第17条(1))");
    select(browser, "部署", "看護部");
    type(browser, "個人情報の名称(台帳に記載、第22条)", "退院患者フォローアップ記録 " + stamp);
    type(browser, "取得する項目", "氏名、電話番号、退院日、療養上の注意点");
    type(browser, "本人の範囲(例: 外来患者)", "退院患者");
    choose(browser, "取得の方法(第14条)", "本人の申告・提供(第14条(1))");
    choose(browser, "取得の方法(第14条)", "問診・面談(第14条(2))");
    type(browser, "保管場所(第21条)", "看護部 施錠キャビネット");
    select(browser, "保管方法(第21条)", "電子カルテ");
    type(browser, "保存期間(第23条、例: 5年)", "5年");
    browser.fullPageScreenshot("notification-filled");
    String caseNumber = StartPage.submit(browser, "NP", "filing the notification");
    browser.screenshot("filed");

    // 第12条4: pending in the registry, not on the notice
    searchTheRegistry(caseNumber);
    assertThat(browser.find(caseRow("purposesForm:purposes", caseNumber)).getText()).contains("承認待ち");
    browser.screenshot("registry-pending");
    browser.logout();

    // 2. the privacy lead reviews and forwards
    browser.login("privacy-lead");
    openTask(browser, caseNumber, "届出の審査");
    assertThat(readonlyValue(browser, "利用目的")).isEqualTo(purpose);
    assertThat(readonlyValue(browser, "取得可否の判定(第15条)")).isEqualTo("取得可");
    // an unticked box is an answer (第15条ただし書 does not apply), not an empty field
    assertThat(readonlyValue(browser, "疾病と関連する(第15条ただし書)")).isEqualTo("いいえ");
    choose(browser, "審査結果", "総括個人情報管理者へ転送する");
    type(browser, "審査コメント・理由(差戻し・却下の場合は必須)", "記載内容に問題ありません。");
    browser.fullPageScreenshot("review");
    TaskPage.complete(browser, "forwarding the notification");
    assertThat(messages(browser)).contains("タスクを完了しました。");
    browser.logout();

    // 3. the director approves
    browser.login("director");
    openTask(browser, caseNumber, "総括個人情報管理者の承認");
    assertThat(readonlyValue(browser, "個人情報統括管理者の審査コメント")).isEqualTo("記載内容に問題ありません。");
    choose(browser, "承認", "承認する");
    browser.fullPageScreenshot("approval");
    TaskPage.complete(browser, "approving");
    browser.logout();

    // the publication step runs asynchronously (a failure would be a retried job); the job executor is off in tests
    String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .singleResult().getId();
    Job publish = managementService.createJobQuery().processInstanceId(instanceId).singleResult();
    managementService.executeJob(publish.getId());

    // the registry names who decided (第12条), as people read the name, not the login id
    browser.login("privacy-lead");
    searchTheRegistry(caseNumber);
    assertThat(browser.find(caseRow("purposesForm:purposes", caseNumber)).getText())
        .contains("有効").contains(staff.displayName("director")).doesNotContain("director");
    browser.screenshot("registry-decided");
    browser.logout();

    // 4. the public notice, without login, lists the purpose — in Japanese and in English
    browser.open("/notice/index.xhtml");
    assertThat(browser.find(By.id("inHospital")).getText()).contains(purpose);
    browser.fullPageScreenshot("notice-ja");
    browser.find(By.id("toEnglish")).click();
    browser.waitForPage();
    assertThat(browser.find(By.id("noticeTitle")).getText()).isEqualTo("How we handle our patients' personal information");
    assertThat(browser.find(By.id("inHospital")).getText()).contains(purposeEn);
    browser.fullPageScreenshot("notice-en");
  }

  /** The registry paged in the database (第17条): a case's purpose found by its number, as staff look for one. */
  private static void searchTheRegistry(String caseNumber) {
    browser.open("/purposes.xhtml");
    browser.waitForAjax();
    browser.find(By.id("purposesForm:query")).sendKeys(caseNumber);
    browser.find(By.id("purposesForm:search")).click();
    browser.waitForAjax();
    assertThat(browser.findAll(By.cssSelector("[id='purposesForm:purposes'] tbody tr"))).hasSize(1);
  }
}
