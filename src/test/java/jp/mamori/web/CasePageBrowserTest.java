package jp.mamori.web;

import static jp.mamori.purpose.PurposeFilings.filing;
import static jp.mamori.web.Pages.choose;
import static jp.mamori.web.Pages.openTask;
import static jp.mamori.web.Pages.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.tasks.Procedures;
import jp.mamori.testing.Browser;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Staff;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #17 items 2 and 3: a person follows a case they filed or worked on — from 「あなたの申請」 and from a
 * notification — on its page: where it stands (the model's steps with the history), who has it now, the deadline,
 * the history in words (the decision's label, the reason, the person's name). Someone not on the case is refused.
 * Screenshots under target/screenshots/CasePageBrowserTest/.
 */
class CasePageBrowserTest extends IntegrationTest {

  @RegisterExtension
  static final Browser browser = new Browser();

  @Autowired Procedures procedures;
  @Autowired StaffDirectory staff;

  @Test
  void theFilerFollowsTheCaseTheDirectorOpensItFromANoticeAndAColleagueIsRefused() {
    String stamp = LocalDateTime.now(ZoneId.of("Asia/Tokyo")).format(DateTimeFormatter.ofPattern("MMddHHmmss"));
    ProcessInstance filed = procedures.start(Staff.of(staff, "nurse"), "newPurposeAcquisition",
        filing("退院後の電話による療養支援 " + stamp));
    String caseNumber = filed.getBusinessKey();

    // the privacy lead forwards it with a comment
    browser.login("privacy-lead");
    openTask(browser, caseNumber, "届出の審査");
    choose(browser, "審査結果", "総括個人情報管理者へ転送する");
    type(browser, "審査コメント・理由(差戻し・却下の場合は必須)", "記載内容に問題ありません。");
    TaskPage.complete(browser, "forwarding");
    browser.logout();

    // the nurse opens it from her requests: the line of steps, who has it, the history in words
    browser.login("nurse");
    CasePage.openFromMyCases(browser, caseNumber);
    assertThat(CasePage.number(browser)).isEqualTo(caseNumber);
    List<String> steps = CasePage.steps(browser);
    assertThat(steps).containsSubsequence("届出の審査:done", "総括個人情報管理者の承認:current");
    assertThat(steps.get(0)).endsWith(":done");
    assertThat(CasePage.whoHasIt(browser)).contains("総括個人情報管理者の承認", "総括個人情報管理者");
    assertThat(browser.find(By.id("caseDue")).getText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
    String history = CasePage.history(browser);
    assertThat(history).contains("判断: 総括個人情報管理者へ転送する", "記載内容に問題ありません。", "佐藤 花子",
        "高橋 美咲", "担当: 個人情報統括管理者").doesNotContain("decision=", "forward");
    browser.fullPageScreenshot("case-page");
    browser.logout();

    // the director, told of the new task, opens the case from the notice
    browser.login("director");
    browser.open("/notifications.xhtml");
    browser.waitForAjax();
    WebElement notice = browser.find(By.xpath("//tbody[@id='notificationForm:notifications_data']/tr[.//a["
        + "contains(@class, 'case-link') and contains(@href, 'case.xhtml?id=" + filed.getId() + "')]]"));
    assertThat(notice.getText()).contains("総括個人情報管理者の承認");
    // the link names the case, so that notices of the same kind are told apart
    assertThat(notice.findElement(By.cssSelector("a.case-link")).getText()).isEqualTo(caseNumber);
    notice.findElement(By.cssSelector("a.case-link")).click();
    browser.waitForUrl("/case.xhtml?id=");
    assertThat(CasePage.number(browser)).isEqualTo(caseNumber);
    browser.logout();

    // a handler who is not on the case gets the app's refusal, by id and by number
    browser.login("clerk");
    CasePage.open(browser, filed.getId());
    assertThat(browser.find(By.id("errorTitle")).getText()).isEqualTo("このページは開けません");
    assertThat(browser.bodyText()).doesNotContain(caseNumber);
    CasePage.open(browser, caseNumber);
    assertThat(browser.find(By.id("errorTitle")).getText()).isEqualTo("このページは開けません");
    CasePage.open(browser, "NP-NO-SUCH-CASE");
    assertThat(browser.find(By.id("errorTitle")).getText()).isEqualTo("ページが見つかりません");
  }
}
