package jp.mamori.web;

import static jp.mamori.purpose.PurposeFilings.filing;
import static jp.mamori.web.Pages.choose;
import static jp.mamori.web.Pages.messages;
import static jp.mamori.web.Pages.post;
import static jp.mamori.web.Pages.select;
import static jp.mamori.web.Pages.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.tasks.Procedures;
import jp.mamori.testing.Browser;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Staff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #17 item 13 (第17条: a purpose is registered once): filing a purpose whose text equals a registered one
 * warns before filing and shows the registered one; pressing again files it all the same (the reviewer decides).
 */
class DuplicatePurposeBrowserTest extends IntegrationTest {

  @RegisterExtension
  static final Browser browser = new Browser();

  @Autowired Procedures procedures;
  @Autowired StaffDirectory staff;

  @Test
  void aPurposeEqualToARegisteredOneWarnsAndShowsIt() {
    String stamp = LocalDateTime.now(ZoneId.of("Asia/Tokyo")).format(DateTimeFormatter.ofPattern("MMddHHmmss"));
    String purpose = "退院後の電話による療養支援 " + stamp;
    String registered = procedures.start(Staff.of(staff, "clerk"), "newPurposeAcquisition",
        filing(purpose)).getBusinessKey();

    browser.login("nurse");
    StartPage.open(browser, "newPurposeAcquisition");
    // the same text, typed with a full-width space and a trailing space
    type(browser, "利用目的", purpose.replace(" ", "　") + " ");
    choose(browser, "区分(第17条)", "院内での利用(第17条(1))");
    select(browser, "部署", "看護部");
    type(browser, "個人情報の名称(台帳に記載、第22条)", "電話フォローアップ記録 " + stamp);
    type(browser, "取得する項目", "氏名、電話番号");
    type(browser, "本人の範囲(例: 外来患者)", "退院患者");
    choose(browser, "取得の方法(第14条)", "本人の申告・提供(第14条(1))");
    type(browser, "保管場所(第21条)", "看護部 施錠キャビネット");
    select(browser, "保管方法(第21条)", "電子カルテ");
    type(browser, "保存期間(第23条、例: 5年)", "5年");
    post(browser, By.id("startForm:submit"), "filing a purpose that is registered already");

    assertThat(browser.url()).contains("/start.xhtml");
    assertThat(browser.find(By.id("startWarnings")).getText())
        .contains("同じ利用目的が既に登録されています", purpose, registered, "承認待ち");
    assertThat(messages(browser)).contains("申請の前に確かめてください");
    assertThat(browser.find(By.id("startForm:submit")).getText()).isEqualTo("確認のうえ申請する");
    browser.fullPageScreenshot("duplicate-warning");

    // pressed again with the same answers: filed
    String filed = StartPage.submit(browser, "NP", "filing it all the same");
    assertThat(filed).isNotEqualTo(registered);
  }
}
