package jp.mamori.web;

import static jp.mamori.web.Pages.choose;
import static jp.mamori.web.Pages.openTask;
import static jp.mamori.web.Pages.date;
import static jp.mamori.web.Pages.messages;
import static jp.mamori.web.Pages.post;
import static jp.mamori.web.Pages.readonlyValue;
import static jp.mamori.web.Pages.select;
import static jp.mamori.web.Pages.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.ledger.DisposalMethod;
import jp.mamori.ledger.Ledger;
import jp.mamori.ledger.Retention;
import jp.mamori.ledger.RetentionEvent;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.people.PeopleRecords;
import jp.mamori.people.Pledges;
import jp.mamori.people.Trainings;
import jp.mamori.testing.Browser;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Staff;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The annual audit (第36条) through the real UI with two ledger entries of its own: the privacy lead starts and plans
 * it (a second one of the year is refused), the records manager self-checks both entries (one nonconforming, 第21条),
 * the privacy lead confirms and directs a corrective action (第36条2), the director acknowledges the report and
 * sees it on the audit page, the action is done and verified, and the audit closes. The ledger is shared with the
 * other tests: their entries' self-checks are answered conforming behind the scenes. Screenshots under
 * target/screenshots/AnnualAuditBrowserTest/.
 */
class AnnualAuditBrowserTest extends IntegrationTest {

  static final List<String> ITEMS = List.of("保管場所・施錠は規程どおりか(第21条)", "台帳の記載は最新か(第22条)",
      "保存期間を守り、期間を過ぎたものは適切に廃棄したか(第23条・第24条)", "委託先の取扱いを確認したか(第25条3)",
      "院外への持出しはないか(第20条2)");

  @RegisterExtension
  static final Browser browser = new Browser();

  @Autowired Ledger ledger;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired Pledges pledges;
  @Autowired Trainings trainings;
  @Autowired StaffDirectory staff;

  @Test
  void leadPlansManagerSelfChecksLeadDirectsDirectorAcknowledgesAndTheActionIsVerified() {
    String stamp = LocalDateTime.now(ZoneId.of("Asia/Tokyo")).format(DateTimeFormatter.ofPattern("MMddHHmmss"));
    String cabinet = "外来カルテ庫 " + stamp;
    String mailing = "検査結果の郵送記録 " + stamp;
    Long cabinetId = ledger.add(cabinet, "MEDICAL_AFFAIRS", e -> e.keeping("医事課 書庫", "lockedCabinet",
        Retention.years(5, RetentionEvent.CREATED, LocalDate.now()), DisposalMethod.DISSOLVING)).getId();
    Long mailingId = ledger.add(mailing, "MEDICAL_AFFAIRS", e -> e.keeping("医事課", "emr",
        Retention.years(3, RetentionEvent.CREATED, LocalDate.now()), DisposalMethod.WIPE_AND_DESTROY)).getId();
    // 第20条3, 第33条: the self-check reads the pledges and the training from the records; here they are in order
    PeopleRecords.inOrder(pledges, trainings, Staff.of(staff, "privacy-lead"));
    String year = String.valueOf(8000 + Integer.parseInt(stamp.substring(6)) % 1000);

    // 1. the privacy lead starts the audit of the year, and a second one is refused
    browser.login("privacy-lead");
    StartPage.open(browser, "annualAudit");
    type(browser, "監査の年度(4月始まり、例: 2026)", year);
    browser.screenshot("start");
    String caseNumber = StartPage.submit(browser, "AU", "starting the audit");

    StartPage.open(browser, "annualAudit");
    type(browser, "監査の年度(4月始まり、例: 2026)", year);
    post(browser, By.id("startForm:submit"), "starting a second audit of the year");
    assertThat(messages(browser)).contains(year + "年度の定期監査は既に " + caseNumber + " で実施しています");
    browser.screenshot("second-refused");

    // 2. planning: the whole ledger is in scope (第22条), with a focus point
    openTask(browser, caseNumber, "監査の計画");
    type(browser, "重点事項(任意)", "施錠の徹底(第21条)");
    TaskPage.complete(browser, "planning");
    browser.logout();
    answerOthersConforming(caseNumber, List.of(cabinetId, mailingId));

    // 3. the records manager self-checks both entries; the cabinet is not locked (第21条)
    browser.login("records-manager");
    // issue #17 item 7: the two self-checks are told apart in the list by their entries' names
    TaskListPage.open(browser);
    List<String> rows = browser.findAll(Pages.caseRow(TaskListPage.TABLE, caseNumber)).stream()
        .map(org.openqa.selenium.WebElement::getText).toList();
    assertThat(rows).anySatisfy(r -> assertThat(r).contains("台帳ごとの自己点検", cabinet))
        .anySatisfy(r -> assertThat(r).contains("台帳ごとの自己点検", mailing));
    browser.screenshot("self-checks-told-apart");
    for (int i = 0; i < 2; i++) {
      openTask(browser, caseNumber, "台帳ごとの自己点検");
      String title = readonlyValue(browser, "個人情報の名称(台帳、第22条)");
      assertThat(title).isIn(cabinet, mailing);
      for (String item : ITEMS) {
        choose(browser, item, title.equals(cabinet) && item.contains("第21条") ? "不適合" : "適合");
      }
      if (title.equals(cabinet)) {
        type(browser, "説明・根拠(第21条)", "カルテ庫の鍵が壊れたまま");
      }
      browser.fullPageScreenshot("self-check-" + i);
      TaskPage.complete(browser, "answering the self-check");
    }
    browser.logout();

    // 4. the privacy lead confirms the answers and directs a corrective action (第36条2)
    browser.login("privacy-lead");
    openTask(browser, caseNumber, "点検結果のレビュー");
    assertThat(readonlyValue(browser, "点検結果の概要")).contains("カルテ庫の鍵が壊れたまま");
    choose(browser, "レビュー結果", "回答を確定する");
    browser.fullPageScreenshot("review");
    TaskPage.complete(browser, "confirming the answers");
    openTask(browser, caseNumber, "指摘事項と是正処置の決定");
    choose(browser, "重大度", "重大");
    type(browser, "原因", "鍵の故障の報告手順がない");
    type(browser, "是正処置の内容", "鍵を交換し、故障時の報告手順を定める");
    // a person picker: chosen by name, stored as the login id (issue #17 item 6)
    select(browser, "是正処置の担当者", "鈴木 一郎");
    date(browser, "是正処置の期限", LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(30));
    browser.fullPageScreenshot("finding");
    TaskPage.complete(browser, "directing the corrective action");
    browser.logout();

    // 5. the director acknowledges the report and sees it, exportable, on the audit page (第36条)
    browser.login("director");
    openTask(browser, caseNumber, "院長への監査報告");
    assertThat(readonlyValue(browser, "監査の結果")).contains("指摘事項: 1 件(重大 1、軽微 0)");
    assertThat(readonlyValue(browser, "監査報告の画面")).contains("/audit.xhtml?key=" + caseNumber);
    choose(browser, "報告の受領", "報告を受領した");
    browser.fullPageScreenshot("report");
    TaskPage.complete(browser, "acknowledging the report");
    browser.open("/audit.xhtml?key=" + caseNumber);
    assertThat(browser.find(By.id("report")).getText()).contains("鍵を交換し、故障時の報告手順を定める")
        .contains("是正処置中");
    assertThat(browser.find(By.id("exportCsv")).getAttribute("href")).contains("/audit/export.csv?key=" + caseNumber);
    browser.fullPageScreenshot("audit-page");
    browser.logout();

    // 6. the action is done, then verified; the audit closes
    browser.login("records-manager");
    openTask(browser, caseNumber, "是正処置の実施");
    type(browser, "実施した内容", "鍵を交換し、報告手順を掲示した");
    TaskPage.complete(browser, "doing the action");
    browser.logout();
    browser.login("privacy-lead");
    openTask(browser, caseNumber, "是正処置の確認");
    choose(browser, "確認結果", "是正を確認した");
    type(browser, "確認のコメント・やり直し又は繰越しの理由", "現地で施錠を確認した");
    browser.fullPageScreenshot("verify");
    TaskPage.complete(browser, "verifying the action");
    browser.open("/audit.xhtml?key=" + caseNumber);
    assertThat(browser.find(By.id("report")).getText()).contains("完了").contains("確認済み");
    browser.fullPageScreenshot("closed");
  }

  /** The shared ledger's other entries are not this test's subject: their self-checks are answered conforming. */
  private void answerOthersConforming(String caseNumber, List<Long> mine) {
    String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .singleResult().getId();
    for (Task task : taskService.createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey("Task_SelfCheck").list()) {
      if (mine.contains((Long) taskService.getVariable(task.getId(), "entryId"))) {
        continue;
      }
      Map<String, Object> answers = new HashMap<>();
      for (String item : List.of("storage", "ledger", "retention", "pledges", "training", "contractors",
          "takingOutside")) {
        answers.put(item + "Answer", "conforming");
      }
      taskService.complete(task.getId(), answers);
    }
  }
}
