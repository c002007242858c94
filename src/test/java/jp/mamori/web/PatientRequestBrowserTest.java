package jp.mamori.web;

import static jp.mamori.web.Pages.choose;
import static jp.mamori.web.Pages.date;
import static jp.mamori.web.Pages.openTask;
import static jp.mamori.web.Pages.pick;
import static jp.mamori.web.Pages.readonlyValue;
import static jp.mamori.web.Pages.select;
import static jp.mamori.web.Pages.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.mamori.ledger.Ledger;
import jp.mamori.testing.Browser;
import jp.mamori.testing.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A parent asks for the records of a minor (第27条, 第32条1(2)) through the real UI: the desk registers it with the
 * documents seen, the information manager answers for each ledger entry with the attending doctor's opinion, the
 * supervising manager decides a partial disclosure on 第27条2(1), the fee (第31条) is shown and paid at the desk,
 * and the reply letter (別紙6) downloads as a PDF whose text has the patient's name and the ground in Japanese.
 */
class PatientRequestBrowserTest extends IntegrationTest {

  @RegisterExtension
  static final Browser browser = new Browser();

  @Autowired Ledger ledger;

  @Test
  void aParentsDisclosureRequestIsPartlyDisclosedAgainstTheFeeAndAnsweredByLetter() throws Exception {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    Long chart = ledger.add("小児科 診療録(ブラウザ試験)", "MEDICAL_AFFAIRS", e -> e.keeping("電子カルテ", "emr", jp.mamori.ledger.Retention.years(5, jp.mamori.ledger.RetentionEvent.CREATED, java.time.LocalDate.of(2020, 4, 1)), jp.mamori.ledger.DisposalMethod.WIPE_AND_DESTROY))
        .getId();
    Long images = ledger.add("画像(ブラウザ試験)", "RADIOLOGY", e -> e.keeping("PACS", "emr", jp.mamori.ledger.Retention.years(5, jp.mamori.ledger.RetentionEvent.CREATED, java.time.LocalDate.of(2020, 4, 1)), jp.mamori.ledger.DisposalMethod.WIPE_AND_DESTROY)).getId();

    // 1. the desk registers the parent's request (第30条, 第32条)
    browser.login("desk");
    StartPage.open(browser, "patientRequest");
    select(browser, "請求の種類", "開示(第27条、別紙5)");
    choose(browser, "受付の方法", "窓口");
    date(browser, "受付日", today);
    type(browser, "患者番号", "P-778899");
    type(browser, "患者氏名", "山本 さくら");
    date(browser, "患者の生年月日", LocalDate.of(2014, 7, 7));
    type(browser, "対象のデータ(診療科、期間、記録の種類)", "小児科 2025年度の診療録と画像");
    pick(browser, "対象の台帳(個人情報取扱台帳から選ぶ。複数可)", String.valueOf(chart), String.valueOf(images));
    select(browser, "開示の方法(開示の請求のとき)", "紙の写し");
    choose(browser, "請求者(第32条1)", "法定代理人(未成年者・成年被後見人の)");
    type(browser, "請求者の氏名(代理人等のとき)", "山本 太郎");
    type(browser, "本人との関係(親権者、後見人、弁護士など)", "父(親権者)");
    choose(browser, "確認した書類(第32条2)", "本人確認書類");
    choose(browser, "確認した書類(第32条2)", "法定代理人であることを示す書類");
    choose(browser, "本人に判断能力があるか(代理人等のとき、慶應30条3)", "ない");
    browser.fullPageScreenshot("intake");
    String caseNumber = StartPage.submit(browser, "PR", "registering the request");
    browser.logout();

    // 2. the information manager answers for each ledger entry, with the attending doctor's opinion
    browser.login("records-manager");
    for (int i = 0; i < 2; i++) {
      openTask(browser, caseNumber, "保有データの調査と意見");
      assertThat(readonlyValue(browser, "患者氏名")).isEqualTo("山本 さくら");
      choose(browser, "データの有無", "ある");
      type(browser, "意見(開示・訂正等の可否とその理由)", "該当の記録あり。");
      type(browser, "開示する場合の枚数(紙)", "20");
      type(browser, "担当医(診療録等の開示のとき)", "小林 医師");
      choose(browser, "担当医の意見: 害のおそれ(第27条2(1))", "第三者の権利利益を害するおそれ");
      type(browser, "担当医の意見", "家族の相談記録は第三者の情報を含む。");
      if (i == 0) {
        browser.fullPageScreenshot("investigation");
      }
      TaskPage.complete(browser, "answering the investigation");
    }
    browser.logout();

    // 3. the supervising manager decides a partial disclosure on 第27条2(1)
    browser.login("privacy-lead");
    openTask(browser, caseNumber, "開示等の決定");
    assertThat(readonlyValue(browser, "調査の結果と意見")).contains("小林 医師");
    choose(browser, "決定", "一部に応じる");
    select(browser, "根拠(一部・拒否のとき)", "第27条2(1) 本人又は第三者の生命、身体、財産その他の権利利益を害するおそれ");
    type(browser, "理由", "家族の相談記録は第三者の権利利益を害するおそれがあるため開示しない。");
    type(browser, "写しの枚数", "40");
    browser.fullPageScreenshot("decision");
    TaskPage.complete(browser, "deciding");
    browser.logout();

    // 4. the desk shows the fee (3,850 + 40 × 33 yen) and records its payment before the hand-over
    browser.login("desk");
    openTask(browser, caseNumber, "手数料の受領");
    assertThat(readonlyValue(browser, "手数料")).isEqualTo("5,170円");
    choose(browser, "受領", "受領した");
    type(browser, "領収書番号", "R-2026-0001");
    browser.fullPageScreenshot("payment");
    TaskPage.complete(browser, "recording the payment");

    // 5. the case page: the letter, reprintable, with the patient's name and the ground
    browser.open("/request.xhtml?key=" + caseNumber);
    assertThat(browser.find(By.id("outcome")).getText()).contains("一部に応じる", "第27条2(1)");
    assertThat(browser.find(By.id("fee")).getText()).contains("5170");
    browser.fullPageScreenshot("case-page");
    String href = browser.find(By.cssSelector("a.letter-download")).getAttribute("href");
    Cookie session = browser.driver().manage().getCookieNamed("MAMORI_SESSION");
    HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
        .header("Cookie", session.getName() + "=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("pdf"));
    try (var document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("山本 さくら", "第27条2(1)", "5,170円", "別紙6");
    }
    browser.open("/requests.xhtml");
    browser.waitForAjax();
    assertThat(browser.find(By.id("requestsForm:requests")).getText()).contains(caseNumber);
    browser.fullPageScreenshot("register");
  }
}
