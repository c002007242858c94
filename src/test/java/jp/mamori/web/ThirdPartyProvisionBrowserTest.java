package jp.mamori.web;

import static jp.mamori.web.Pages.caseRow;
import static jp.mamori.web.Pages.choose;
import static jp.mamori.web.Pages.openTask;
import static jp.mamori.web.Pages.readonlyValue;
import static jp.mamori.web.Pages.select;
import static jp.mamori.web.Pages.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import jp.mamori.testing.Browser;
import jp.mamori.testing.IntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Third-party provision (第26条) through the real UI: a handler files a provision to an insurer within the purposes
 * of use (1項) and one under a warrant (2項(1)); the corporate officer approves the exception with the measures
 * (3項); the information manager confirms both; the records page (APPI 29条) shows both and exports them as CSV.
 * Screenshots under target/screenshots/ThirdPartyProvisionBrowserTest/.
 */
class ThirdPartyProvisionBrowserTest extends IntegrationTest {

  @RegisterExtension
  static final Browser browser = new Browser();

  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;

  @Test
  void aHandlerProvidesWithinThePurposesAndUnderAWarrantAndTheRecordsShowBoth() {
    String stamp = LocalDateTime.now(ZoneId.of("Asia/Tokyo")).format(DateTimeFormatter.ofPattern("MMddHHmmss"));
    String insurer = "東京保険組合 " + stamp;
    String police = "渋谷警察署 " + stamp;
    String patient = "B" + stamp;

    // 1. the handler files a provision to an insurer within the purposes of use (第26条1項)
    browser.login("nurse");
    StartPage.open(browser, "thirdPartyProvision");
    type(browser, "提供先(名称)", insurer);
    select(browser, "提供先の種類", "保険者・審査支払機関");
    type(browser, "患者番号(複数は改行・カンマ区切り)", patient);
    type(browser, "提供する項目", "診療報酬明細書、傷病名");
    type(browser, "提供の理由", "保険者からの照会への回答");
    choose(browser, "提供の根拠", "利用目的の範囲内(第26条1項)");
    select(browser, "利用目的(根拠が目的内のとき)", "第17条(2)チ 審査支払機関・保険者からの照会への回答");
    browser.fullPageScreenshot("request-within-purposes");
    String insurerCase = StartPage.submit(browser, "TP", "filing within the purposes");

    // 2. and one under a warrant (第26条2項(1))
    StartPage.open(browser, "thirdPartyProvision");
    type(browser, "提供先(名称)", police);
    select(browser, "提供先の種類", "警察・検察・裁判所");
    type(browser, "患者番号(複数は改行・カンマ区切り)", patient);
    type(browser, "提供する項目", "外来受診歴(2026年4月〜10月)");
    type(browser, "提供の理由", "捜索差押許可状による提出要求");
    choose(browser, "提供の根拠", "例外(第26条2項各号・管理責任者の承認)");
    choose(browser, "例外の事由(根拠が例外のとき)", "(1) 令状等により要求された場合");
    type(browser, "例外の内容(令状の番号・発行機関、要請の根拠法令など)", "捜索差押許可状 第45号(東京地方裁判所)");
    browser.fullPageScreenshot("request-warrant");
    String warrantCase = StartPage.submit(browser, "TP", "filing under a warrant");
    browser.logout();

    // 3. the corporate officer approves the exception with the measures taken (第26条3)
    browser.login("hq-officer");
    openTask(browser, warrantCase, "個人情報管理責任者の承認");
    assertThat(readonlyValue(browser, "根拠")).contains("令状等", "第45号");
    choose(browser, "承認", "承認する");
    type(browser, "講じる措置(承認するとき必須)", "令状記載の期間・項目に限定し、写しを手渡しで提供");
    type(browser, "理由", "令状の原本を確認した");
    browser.fullPageScreenshot("approval");
    TaskPage.complete(browser, "approving the exception");
    browser.logout();

    // 4. the information manager confirms both before the data leave
    browser.login("records-manager");
    for (String caseNumber : new String[] {insurerCase, warrantCase}) {
      openTask(browser, caseNumber, "個人情報管理者の確認");
      assertThat(readonlyValue(browser, "患者の異議・停止の申出")).isEqualTo("異議・停止の申出はありません");
      choose(browser, "確認", "提供する");
      browser.fullPageScreenshot("confirm-" + caseNumber);
      TaskPage.complete(browser, "confirming " + caseNumber);
      // the record is written asynchronously; the job executor is off in tests
      String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
          .processDefinitionKey("thirdPartyProvision").singleResult().getId();
      Job job = managementService.createJobQuery().processInstanceId(instanceId).singleResult();
      managementService.executeJob(job.getId());
    }

    // 5. the records (APPI 29条): both, searchable, and exported
    browser.open("/provisions.xhtml");
    browser.waitForAjax();
    search(browser, stamp);
    // the list before the search may hold just these two records as well: wait for the search's own answer
    WebElement unsearched = browser.find(By.id("recordsForm:records_data"));
    browser.find(By.id("recordsForm:search")).click();
    browser.waitFor("the search's answer", ExpectedConditions.stalenessOf(unsearched));
    browser.waitFor("both records", d -> browser.findAll(By.cssSelector("#recordsForm\\:records_data tr")).size() == 2);
    assertThat(browser.find(caseRow("recordsForm:records", insurerCase)).getText()).contains(insurer, patient,
        "利用目的の範囲内", "ART17-2-CHI", "提供済み");
    assertThat(browser.find(caseRow("recordsForm:records", warrantCase)).getText()).contains(police,
        "例外", "令状等", "伊藤 誠", "鈴木 一郎");
    browser.fullPageScreenshot("records");
    String href = browser.find(By.id("recordsForm:exportCsv")).getAttribute("href");
    assertThat(href).contains("/provisions/export.csv?q=");
    String csv = (String) browser.script("return fetch(arguments[0]).then(r => r.text());", href);
    assertThat(csv).contains(insurerCase, warrantCase, insurer, police, "令状記載の期間・項目に限定し、写しを手渡しで提供");

    // 5b. a receipt (APPI 30条) entered on the same page, then found by the one search with the records
    String provider = "紹介元クリニック " + stamp;
    // typed into, the date's calendar opens over the fields below and takes their keys: the day is set as text
    browser.script("arguments[0].value = '2026-04-01';", browser.find(By.id("receiptForm:receivedOn_input")));
    browser.find(By.id("receiptForm:provider")).sendKeys(provider);
    browser.find(By.id("receiptForm:howObtained")).sendKeys("自院の診療で取得");
    browser.find(By.id("receiptForm:receiptPatients")).sendKeys(patient);
    browser.find(By.id("receiptForm:receiptItems")).sendKeys("紹介状、検査結果");
    WebElement receiptsBefore = browser.find(By.id("receiptsForm:receipts_data"));
    browser.find(By.id("receiptForm:saveReceipt")).click();
    browser.waitFor("the receipts table again", ExpectedConditions.stalenessOf(receiptsBefore));
    browser.fullPageScreenshot("receipt-saved");
    assertThat(browser.find(By.id("receiptsForm:receipts_data")).getText()).contains(provider, patient);
    search(browser, provider);
    WebElement receiptsUnsearched = browser.find(By.id("receiptsForm:receipts_data"));
    browser.find(By.id("recordsForm:search")).click();
    browser.waitFor("the search's answer", ExpectedConditions.stalenessOf(receiptsUnsearched));
    assertThat(browser.findAll(By.cssSelector("#receiptsForm\\:receipts_data tr"))).hasSize(1);
    assertThat(browser.find(By.id("recordsForm:records_data")).getText()).as("no record of provision names it")
        .contains("記録はありません");
    browser.fullPageScreenshot("receipts");
    browser.logout();

    // 6. the desk looks the patient up: no consent or objection yet, both provisions about them (Keio 25)
    browser.login("desk");
    browser.open("/consents.xhtml");
    browser.waitForAjax();
    browser.find(By.id("lookupForm:patient")).sendKeys(patient);
    browser.find(By.id("lookupForm:lookup")).click();
    browser.waitFor("the patient's provisions", d -> browser.findAll(By.id("patientProvisions")).size() == 1);
    assertThat(browser.find(By.id("patientProvisions")).getText()).contains(insurerCase, warrantCase);
    browser.fullPageScreenshot("consent-desk");
  }

  private static void search(Browser browser, String text) {
    var input = browser.find(By.id("recordsForm:query"));
    input.clear();
    input.sendKeys(text);
  }
}
