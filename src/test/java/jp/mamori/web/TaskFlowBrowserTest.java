package jp.mamori.web;

import static jp.mamori.web.Pages.choose;
import static jp.mamori.web.Pages.date;
import static jp.mamori.web.Pages.field;
import static jp.mamori.web.Pages.messages;
import static jp.mamori.web.Pages.openTask;
import static jp.mamori.web.Pages.post;
import static jp.mamori.web.Pages.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.tasks.Procedures;
import jp.mamori.testing.Browser;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Staff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #17 items 4 and 5 on the outsourcing case (第25条), where the privacy lead has three steps in a row: after
 * each, the next one opens at once; a validation error brings its message into view; a draft without clause (ニ)
 * comes back at once, saying why, with the missing clause highlighted. Screenshots under
 * target/screenshots/TaskFlowBrowserTest/.
 */
class TaskFlowBrowserTest extends IntegrationTest {

  @RegisterExtension
  static final Browser browser = new Browser();

  @Autowired Procedures procedures;
  @Autowired StaffDirectory staff;

  static final String CLAUSES = "確認書案に入れた事項";
  static final String ACCIDENT = "(ニ) 漏洩その他の事故が生じた場合の措置及び責任分担";

  @Test
  void theNextStepOpensAtOnceAndADraftSentBackSaysWhatIsMissing() {
    String stamp = LocalDateTime.now(ZoneId.of("Asia/Tokyo")).format(DateTimeFormatter.ofPattern("MMddHHmmss"));
    var filed = procedures.start(Staff.of(staff, "privacy-lead"), "outsourcingContract",
        intent("株式会社フロー検証 " + stamp));
    String caseNumber = filed.getBusinessKey();
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    browser.login("privacy-lead");
    openTask(browser, caseNumber, "委託先責任者との面接");
    date(browser, "面接日", today);
    type(browser, "委託先の安全管理責任者(氏名・役職)", "情報管理部長 岡田 修");
    type(browser, "出席者", "佐藤、岡田");
    type(browser, "確認した内容・所見", "ISMS 認証。");
    choose(browser, "本規程の安全管理の基準に合致するか", "合致する");

    // item 4: the pledges are hers too, and open at once
    TaskPage.completeAndContinue(browser, "recording the interview");
    assertThat(TaskPage.name(browser)).isEqualTo("従業者の誓約書の受領");
    assertThat(messages(browser)).contains("タスクを完了しました。", "「従業者の誓約書の受領」もあなたの担当");
    browser.screenshot("next-task-opened");
    type(browser, "誓約書を提出した者(1行に1人)", "岡田 修");
    date(browser, "受領日", today);
    TaskPage.completeAndContinue(browser, "recording the pledges");
    assertThat(TaskPage.name(browser)).isEqualTo("確認書案の作成");

    // item 5: a validation error comes into view (the page scrolls to the first message)
    List.of("(イ) 守秘義務に関する事項", "(ロ) 委託先組織内の個人情報の安全管理に関する責任者",
        "(ハ) 預託先における秘密保持方法及び管理方法", "(ホ) 安全管理に関する報告及び当院からの監査の受入れ",
        "事前の許可のない再委託の禁止(慶應22条)").forEach(c -> choose(browser, CLAUSES, c));
    browser.script("window.scrollTo(0, document.body.scrollHeight);");
    post(browser, By.id("completeForm:complete"), "completing without the document's number");
    WebElement error = browser.find(field("確認書案(文書番号・版)")).findElement(By.cssSelector(".field-error"));
    browser.waitFor("the first message in view", d -> Boolean.TRUE.equals(browser.script(
        "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", error)));
    browser.screenshot("validation-in-view");

    // item 5: without clause (ニ) the case comes back to the draft at once, saying why, (ニ) highlighted
    type(browser, "確認書案(文書番号・版)", "委託確認書案 第1版");
    TaskPage.completeAndContinue(browser, "drafting without (ni)");
    assertThat(TaskPage.name(browser)).isEqualTo("確認書案の作成");
    assertThat(messages(browser)).contains("案件はこの作業「確認書案の作成」に戻りました", "前回の確認書案に欠けていた事項",
        "(ニ)").doesNotContain("タスクを完了しました。");
    WebElement clauses = browser.find(field(CLAUSES));
    assertThat(clauses.getAttribute("class")).contains("has-missing");
    assertThat(clauses.findElements(By.cssSelector(".missing-option"))).extracting(WebElement::getText)
        .containsExactly(ACCIDENT);
    assertThat(browser.find(field("前回の確認書案に欠けていた事項")).getAttribute("class")).contains("return-reason");
    browser.fullPageScreenshot("draft-sent-back");

    // with every clause the case goes to the director: back to the list
    type(browser, "確認書案(文書番号・版)", "委託確認書案 第2版");
    choose(browser, CLAUSES, ACCIDENT);
    TaskPage.complete(browser, "drafting with every clause");
    assertThat(browser.url()).contains("/tasks.xhtml");
    assertThat(messages(browser)).contains("タスクを完了しました。");

    // item 8: her new-task notices of this case are one line, which opens the case
    browser.open("/notifications.xhtml");
    browser.waitForAjax();
    WebElement line = browser.find(By.xpath("//tbody[@id='notificationForm:notifications_data']/tr[.//a[contains(@href,"
        + " 'case.xhtml?id=" + filed.getId() + "')]]"));
    assertThat(line.getText()).contains("同じ案件の通知 ほか");
    assertThat(browser.findAll(By.xpath("//a[contains(@href, 'case.xhtml?id=" + filed.getId() + "')]"))).hasSize(1);
    browser.screenshot("notices-per-case");
  }

  static Map<String, Object> intent(String contractor) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("contractorName", contractor);
    vars.put("contractorAddress", "東京都渋谷区代々木1-1");
    vars.put("services", "診療報酬明細書の点検業務");
    vars.put("dataItems", "氏名、生年月日、保険者番号、傷病名、診療行為");
    vars.put("dataVolume", "約3,000件/月");
    vars.put("dataFlow", "院内端末で閲覧のみ。持出しなし。");
    vars.put("plannedTerm", "3年");
    return vars;
  }
}
