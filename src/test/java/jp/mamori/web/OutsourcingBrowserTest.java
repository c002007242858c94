package jp.mamori.web;

import static jp.mamori.web.Pages.choose;
import static jp.mamori.web.Pages.date;
import static jp.mamori.web.Pages.openTask;
import static jp.mamori.web.Pages.readonlyValue;
import static jp.mamori.web.Pages.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
 * The outsourcing procedure (第25条) through the real UI: the privacy lead files the intent (第25条1), records the
 * interview (第25条2(1)) and the pledges (第20条3), drafts the confirmation document — first without clause (ニ),
 * which sends it back, then with every clause (第25条2(2), Keio 22) —, the director consents, the contract is
 * concluded and the contractor registry shows it with its next periodic check (第25条3). Screenshots under
 * target/screenshots/OutsourcingBrowserTest/.
 */
class OutsourcingBrowserTest extends IntegrationTest {

  @RegisterExtension
  static final Browser browser = new Browser();

  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;

  static final String CLAUSES = "確認書案に入れた事項";
  static final List<String> ALL_BUT_ACCIDENT = List.of("(イ) 守秘義務に関する事項",
      "(ロ) 委託先組織内の個人情報の安全管理に関する責任者", "(ハ) 預託先における秘密保持方法及び管理方法",
      "(ホ) 安全管理に関する報告及び当院からの監査の受入れ", "事前の許可のない再委託の禁止(慶應22条)");

  @Test
  void privacyLeadFilesAndDiligencesDirectorConsentsAndTheRegistryShowsTheContract() {
    String stamp = LocalDateTime.now(ZoneId.of("Asia/Tokyo")).format(DateTimeFormatter.ofPattern("MMddHHmmss"));
    String contractor = "株式会社メディカルレセプト " + stamp;
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    // 1. the privacy lead files the intent (第25条1)
    browser.login("privacy-lead");
    StartPage.open(browser, "outsourcingContract");
    type(browser, "委託先(法人名)", contractor);
    type(browser, "委託先の所在地", "東京都渋谷区代々木2-1-1");
    type(browser, "委託する業務", "診療報酬明細書(レセプト)の点検");
    type(browser, "預託する個人情報の項目", "氏名、生年月日、保険者番号、傷病名、診療行為");
    type(browser, "件数・量(例: 外来患者 約3,000人分/月)", "約3,000件/月");
    type(browser, "データの流れ(受渡し・保管・返却/廃棄)", "院内の専用端末で閲覧のみ。持出しなし。");
    type(browser, "予定する契約期間(例: 2027年4月から3年)", "2027年4月から3年");
    browser.fullPageScreenshot("intent");
    String caseNumber = StartPage.submit(browser, "OC", "filing the intent");

    // 2. the interview with the contractor's responsible person (第25条2(1))
    openTask(browser, caseNumber, "委託先責任者との面接");
    assertThat(readonlyValue(browser, "委託先")).isEqualTo(contractor);
    date(browser, "面接日", today);
    type(browser, "委託先の安全管理責任者(氏名・役職)", "情報管理部長 岡田 修");
    type(browser, "出席者", "佐藤(個人情報統括管理者)、岡田(委託先)");
    type(browser, "確認した内容・所見", "ISMS 認証。入退室・ログ管理を確認した。");
    choose(browser, "本規程の安全管理の基準に合致するか", "合致する");
    browser.fullPageScreenshot("interview");
    TaskPage.complete(browser, "recording the interview");

    // 3. the pledges of the contractor's staff (第20条3)
    openTask(browser, caseNumber, "従業者の誓約書の受領");
    type(browser, "誓約書を提出した者(1行に1人)", "岡田 修\n木村 恵");
    date(browser, "受領日", today);
    TaskPage.complete(browser, "recording the pledges");

    // 4. a draft without clause (ニ) goes back to the draft, never to the director
    openTask(browser, caseNumber, "確認書案の作成");
    type(browser, "確認書案(文書番号・版)", "委託確認書案 第1版");
    ALL_BUT_ACCIDENT.forEach(c -> choose(browser, CLAUSES, c));
    TaskPage.complete(browser, "drafting without (ni)");
    openTask(browser, caseNumber, "確認書案の作成");
    assertThat(readonlyValue(browser, "前回の確認書案に欠けていた事項")).isEqualTo("(ニ) 漏洩・事故時の措置と責任分担");
    browser.fullPageScreenshot("draft-missing-clause");
    type(browser, "確認書案(文書番号・版)", "委託確認書案 第2版");
    // the clauses ticked before are still ticked; the missing one is added
    choose(browser, CLAUSES, "(ニ) 漏洩その他の事故が生じた場合の措置及び責任分担");
    TaskPage.complete(browser, "drafting with every clause");
    browser.logout();

    // 5. the director consents (第25条2)
    browser.login("director");
    openTask(browser, caseNumber, "総括個人情報管理者の承諾");
    assertThat(readonlyValue(browser, "受領した誓約書の数")).isEqualTo("2");
    assertThat(readonlyValue(browser, "委託先の安全管理責任者")).isEqualTo("情報管理部長 岡田 修");
    choose(browser, "承諾", "承諾する");
    type(browser, "理由・条件", "面接の結果と確認書案に問題なし。");
    browser.fullPageScreenshot("consent");
    TaskPage.complete(browser, "consenting");
    browser.logout();

    // 6. the privacy lead concludes the contract
    browser.login("privacy-lead");
    openTask(browser, caseNumber, "契約の締結");
    date(browser, "締結日", today);
    date(browser, "契約期間の開始日", today.minusYears(1).plusDays(10));
    date(browser, "契約期間の終了日", today.plusYears(2));
    choose(browser, "更新", "自動更新");
    browser.fullPageScreenshot("conclude");
    TaskPage.complete(browser, "concluding");
    // the registration and the periodic check's start run asynchronously; the job executor is off in tests
    String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("outsourcingContract").singleResult().getId();
    Job job = managementService.createJobQuery().processInstanceId(instanceId).singleResult();
    managementService.executeJob(job.getId());

    // 7. the registry: the check due within 30 days, the contractor, its contract and pledges
    browser.open("/contractors.xhtml");
    browser.waitForAjax();
    assertThat(browser.find(By.id("checksDue")).getText()).contains(caseNumber, contractor);
    browser.fullPageScreenshot("registry");
    browser.find(By.xpath("//tbody[@id='checksDue_data']//a[normalize-space()='" + contractor + "']")).click();
    browser.waitForUrl("/contractor.xhtml?id=");
    assertThat(browser.find(By.id("status")).getText()).isEqualTo("契約中");
    assertThat(browser.find(By.id("contracts")).getText()).contains(caseNumber, "契約中", "すべてあり");
    assertThat(browser.find(By.id("pledges")).getText()).contains("岡田 修", "木村 恵");
    browser.fullPageScreenshot("contractor");
  }
}
