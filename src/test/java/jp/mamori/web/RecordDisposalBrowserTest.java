package jp.mamori.web;

import static jp.mamori.web.Pages.choose;
import static jp.mamori.web.Pages.date;
import static jp.mamori.web.Pages.openTask;
import static jp.mamori.web.Pages.readonlyValue;
import static jp.mamori.web.Pages.select;
import static jp.mamori.web.Pages.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import jp.mamori.ledger.DisposalMethod;
import jp.mamori.ledger.Ledger;
import jp.mamori.ledger.LedgerEntry;
import jp.mamori.ledger.Retention;
import jp.mamori.ledger.RetentionEvent;
import jp.mamori.outsourcing.registry.ContractorRepository;
import jp.mamori.outsourcing.registry.RegisteredContractors;
import jp.mamori.testing.Browser;
import jp.mamori.testing.IntegrationTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 第23条・第24条 through the real UI: an entry's retention ended, the daily scan gave its information manager the
 * disposal task; the records manager records the disposal with a registered contractor's certificate, and the
 * ledger entry's page shows the entry as disposed of with its record. Screenshots under
 * target/screenshots/RecordDisposalBrowserTest/.
 */
class RecordDisposalBrowserTest extends IntegrationTest {

  @RegisterExtension
  static final Browser browser = new Browser();

  @Autowired Ledger ledger;
  @Autowired ContractorRepository contractors;
  @Autowired ManagementService managementService;
  @Autowired RuntimeService runtimeService;
  @Autowired Clock clock;

  @Test
  @DisplayName("第24条: the information manager completes the disposal task; the record shows on the entry's page")
  void theInformationManagerRecordsTheDisposalAndTheEntryShowsIt() {
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("MMddHHmmssSSS"));
    LocalDate today = LocalDate.now(clock);
    LedgerEntry entry = ledger.add("外来受付簿 2020年度 " + stamp, "MEDICAL_AFFAIRS", e -> e.keeping("医事課 書庫 棚D",
        "lockedCabinet", Retention.years(5, RetentionEvent.CREATED, today.minusYears(5).minusDays(3)),
        DisposalMethod.DISSOLVING));
    String contractor = RegisteredContractors.create(contractors, "株式会社 溶解センター " + stamp).getName();

    // the daily scan (its timer, run as the job executor would) opens the disposal case
    managementService.executeJob(managementService.createJobQuery().processDefinitionKey("recordDisposalScan")
        .timers().singleResult().getId());
    String caseNumber = runtimeService.createProcessInstanceQuery().processDefinitionKey("recordDisposal")
        .variableValueEquals("entryId", entry.getId()).singleResult().getBusinessKey();

    browser.login("records-manager");
    openTask(browser, caseNumber, "廃棄の実施と記録");
    assertThat(readonlyValue(browser, "台帳の記載")).isEqualTo(entry.getTitle());
    assertThat(readonlyValue(browser, "廃棄方法(台帳の記載)")).isEqualTo("溶解");
    assertThat(readonlyValue(browser, "登録されている委託先")).contains(contractor);
    choose(browser, "対応", "廃棄した");
    date(browser, "廃棄日", today);
    select(browser, "廃棄した委託先(登録されている名称)", contractor);
    type(browser, "廃棄証明書の番号", "YK-" + stamp);
    type(browser, "備考", "段ボール3箱を溶解処理");
    browser.screenshot("disposal-filled");
    TaskPage.complete(browser, "recording the disposal");

    browser.open("/ledger-entry.xhtml?id=" + entry.getId());
    browser.waitForText("YK-" + stamp);
    String records = browser.find(By.id("records")).getText();
    assertThat(records).contains("廃棄", "溶解", contractor, "YK-" + stamp, today.toString(), "鈴木 一郎", caseNumber);
    assertThat(browser.find(By.id("entryStatus")).getText()).contains("廃棄済み");
    browser.screenshot("entry-disposed");
  }

  @Test
  @DisplayName("第22条: the ledger's list searches by a department's name, shows names, sorts 状態 as an entry's life runs")
  void theLedgersListSearchesShowsNamesAndSortsByStatus() {
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("MMddHHmmssSSS"));
    ledger.add("読影レポート " + stamp, "RADIOLOGY", e -> e.keeping("PACS " + stamp, "emr",
        Retention.years(5, RetentionEvent.CREATED, LocalDate.now(clock)), DisposalMethod.WIPE_AND_DESTROY));
    ledger.add("検査予約票 " + stamp, "RADIOLOGY", e -> e.keeping("PACS " + stamp, null, null, null));

    browser.login("nurse");
    browser.open("/ledger.xhtml");
    search("PACS " + stamp);
    assertThat(ledgerRows()).hasSize(2).allSatisfy(row -> assertThat(row).contains("放射線科", "鈴木 一郎")
        .doesNotContain("RADIOLOGY", "records-manager"));
    browser.find(By.xpath("//th[contains(@class,'ui-sortable-column')][.//*[text()='状態']]")).click();
    browser.waitForAjax();
    browser.waitFor("the draft first", d -> ledgerRows().get(0).contains("未確定"));
    assertThat(ledgerRows().get(1)).contains("読影レポート " + stamp, "保管中");
    browser.screenshot("ledger-by-status");

    search("放射線");
    assertThat(String.join("\n", ledgerRows())).contains("読影レポート " + stamp, "検査予約票 " + stamp);
    search("該当なし " + stamp);
    assertThat(ledgerRows()).containsExactly("検索に該当する個人情報はありません。");
  }

  private static void search(String text) {
    browser.find(By.id("ledgerForm:query")).clear();
    browser.find(By.id("ledgerForm:query")).sendKeys(text);
    browser.find(By.id("ledgerForm:search")).click();
    browser.waitForAjax();
  }

  private static java.util.List<String> ledgerRows() {
    return browser.findAll(By.cssSelector("[id='ledgerForm:ledger'] tbody tr")).stream()
        .map(org.openqa.selenium.WebElement::getText).toList();
  }
}
