package jp.mamori.web;

import static jp.mamori.web.Pages.choose;
import static jp.mamori.web.Pages.date;
import static jp.mamori.web.Pages.field;
import static jp.mamori.web.Pages.input;
import static jp.mamori.web.Pages.messages;
import static jp.mamori.web.Pages.post;
import static jp.mamori.web.Pages.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.mamori.incident.LeakReports;
import jp.mamori.notification.Delivery;
import jp.mamori.notification.MailStatus;
import jp.mamori.notification.Notification;
import jp.mamori.notification.NotificationDigest;
import jp.mamori.notification.Notifications;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.tasks.Procedures;
import jp.mamori.tasks.TaskActions;
import jp.mamori.testing.Browser;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Staff;
import jp.mamori.testing.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #17 items 4, 6, 7, 8 and 12 (daily use) through the real UI: the task beside the list on a wide screen,
 * pickers instead of typed ids, tasks told apart (priority, due, who may take them), the daily digest as a
 * person's setting, the dashboard's chosen series and drill-down to the case. Screenshots under
 * target/screenshots/DailyUseBrowserTest/.
 */
class DailyUseBrowserTest extends IntegrationTest {

  @RegisterExtension
  static final Browser browser = new Browser();

  @Autowired Procedures procedures;
  @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;
  @Autowired StaffDirectory staff;
  @Autowired Notifications notifications;
  @Autowired NotificationDigest digest;
  @Autowired TaskActions actions;
  @Autowired Clock clock;
  @Autowired jp.mamori.security.UserLanguage languages;
  @Autowired jp.mamori.ledger.Ledger ledger;

  private static String stamp() {
    return LocalDateTime.now(ZoneId.of("Asia/Tokyo")).format(DateTimeFormatter.ofPattern("MMddHHmmssSSS"));
  }

  private String outsourcingCase(String contractor) {
    return procedures.start(Staff.of(staff, "privacy-lead"), "outsourcingContract",
        TaskFlowBrowserTest.intent(contractor)).getBusinessKey();
  }

  @Test
  void item4TheTaskOpensBesideTheListOnAWideScreen() {
    String caseNumber = outsourcingCase("株式会社並列表示 " + stamp());
    Dimension size = browser.driver().manage().window().getSize();
    browser.driver().manage().window().setSize(new Dimension(1700, 1000));
    try {
      browser.login("privacy-lead");
      WebElement row = TaskListPage.row(browser, caseNumber);
      row.findElement(By.linkText("委託先責任者との面接")).click();
      browser.waitFor("the task beside the list", ExpectedConditions.attributeContains(By.id("taskDetail"), "class",
          "shown"));
      assertThat(browser.url()).contains("/tasks.xhtml");
      browser.driver().switchTo().frame("taskDetail");
      browser.waitForPage();
      browser.waitForAjax();
      assertThat(TaskPage.name(browser)).isEqualTo("委託先責任者との面接");
      // in the frame the page has no header of its own
      assertThat(browser.driver().findElement(By.cssSelector("header.topbar")).isDisplayed()).isFalse();
      date(browser, "面接日", LocalDate.now(ZoneId.of("Asia/Tokyo")));
      type(browser, "委託先の安全管理責任者(氏名・役職)", "情報管理部長 岡田 修");
      type(browser, "出席者", "佐藤、岡田");
      type(browser, "確認した内容・所見", "ISMS 認証。");
      choose(browser, "本規程の安全管理の基準に合致するか", "合致する");
      // the next step is hers too (item 4's flow): it opens in the same place
      WebElement interview = browser.find(By.id("taskName"));
      browser.find(By.id("completeForm:complete")).click();
      browser.waitFor("the next task in the frame", ExpectedConditions.stalenessOf(interview));
      browser.waitForPage();
      browser.waitForAjax();
      assertThat(TaskPage.name(browser)).isEqualTo("従業者の誓約書の受領");
      browser.driver().switchTo().defaultContent();
      // the list stays, refreshed: the interview is gone, the pledges are there
      browser.waitFor("the list refreshed", d -> {
        try {
          return TaskListPage.row(browser, caseNumber).getText().contains("従業者の誓約書の受領");
        } catch (org.openqa.selenium.StaleElementReferenceException refreshedMeanwhile) {
          return false;
        }
      });
      assertThat(browser.find(By.id("taskForm:tasks")).isDisplayed()).isTrue();
      browser.waitForAjax();
      browser.screenshot("task-beside-list");

      // a direct link still opens the task page of its own, with the header
      String frameUrl = (String) browser.script("return document.getElementById('taskDetail').contentWindow.location.href;");
      browser.driver().navigate().to(frameUrl);
      browser.waitForPage();
      assertThat(browser.find(By.cssSelector("header.topbar")).isDisplayed()).isTrue();
      assertThat(TaskPage.name(browser)).isEqualTo("従業者の誓約書の受領");
    } finally {
      browser.driver().switchTo().defaultContent();
      browser.driver().manage().window().setSize(size);
      browser.logout();
    }
  }

  @Test
  void item6PickersInsteadOfTypedIdsAndAnEmptyHandOverSaysWhy() {
    // the contractor from the registry (a new one may still be named: the intent is often the first contact)
    browser.login("privacy-lead");
    StartPage.open(browser, "outsourcingContract");
    WebElement contractor = browser.find(field("委託先(法人名)"));
    assertThat(contractor.findElements(By.cssSelector(".choice-picker[data-picker='contractor']"))).hasSize(1);
    // editable: an input to type a contractor named for the first time
    assertThat(contractor.findElements(By.cssSelector("input.ui-selectonemenu-label"))).hasSize(1);
    browser.screenshot("contractor-picker");

    // the fiscal year is prefilled
    StartPage.open(browser, "annualAudit");
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    int fiscalYear = today.getMonthValue() < 4 ? today.getYear() - 1 : today.getYear();
    assertThat(input(browser, "監査の年度(4月始まり、例: 2026)").getAttribute("value")).isEqualTo(String.valueOf(fiscalYear));

    // nobody else holds the supervising manager's role: the hand-over list says so instead of being empty
    String caseNumber = outsourcingCase("株式会社引継確認 " + stamp());
    TaskListPage.openTask(browser, caseNumber, "委託先責任者との面接");
    post(browser, By.id("completeForm:claim"), "claiming the interview");
    // (other test classes may have given the role to staff of their own; then the list has them instead)
    if (staff.membersOf("supervising-manager").stream().allMatch(m -> m.id().equals("privacy-lead"))) {
      assertThat(browser.find(By.id("handOverEmpty")).getText())
          .contains("この作業の役割(個人情報統括管理者)を持つほかの職員がいない");
    }
    browser.logout();

    // the nurse's report: a date picker in Japanese order, a time picker
    browser.login("nurse");
    StartPage.open(browser, "leakIncidentResponse");
    assertThat(input(browser, "発見した時刻(例: 14:30、空欄なら今)").getAttribute("type")).isEqualTo("time");
    WebElement found = input(browser, "発見した日(空欄なら今)");
    found.click();
    browser.waitFor("the calendar", ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-datepicker-group")));
    assertThat(browser.find(By.cssSelector(".ui-datepicker-title")).getText()).contains(today.getMonthValue() + "月");
    browser.find(By.cssSelector(".ui-datepicker-calendar td.ui-datepicker-today > *")).click();
    assertThat(found.getAttribute("value")).isEqualTo(today.format(DateTimeFormatter.ofPattern("uuuu/MM/dd")));
    browser.screenshot("date-and-time-pickers");
    browser.logout();

    // the desk picks the ledger entries of a request by name
    Long entry = ledger.add("外来診療録(選択の確認 " + stamp() + ")", "MEDICAL_AFFAIRS", e -> e.keeping("電子カルテ", "emr",
        jp.mamori.ledger.Retention.years(5, jp.mamori.ledger.RetentionEvent.CREATED, LocalDate.of(2020, 4, 1)),
        jp.mamori.ledger.DisposalMethod.WIPE_AND_DESTROY)).getId();
    browser.login("desk");
    StartPage.open(browser, "patientRequest");
    WebElement entries = browser.find(field("対象の台帳(個人情報取扱台帳から選ぶ。複数可)"));
    entries.findElement(By.cssSelector(".ui-selectcheckboxmenu-trigger")).click();
    WebElement item = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".ui-selectcheckboxmenu-panel li[data-item-value='" + entry + "']")));
    assertThat(item.getText()).startsWith(entry + " 外来診療録(選択の確認");
    browser.screenshot("ledger-entry-picker");
    browser.logout();
  }

  @Test
  void item7HqTasksHavePriorityDueAndNamesOfWhoMayTakeThem() {
    String caseNumber = procedures.start(Staff.of(staff, "nurse"), "leakIncidentResponse",
        LeakReports.medical(clock, "検査結果を別の患者に郵送した " + stamp())).getBusinessKey();
    browser.login("director");
    WebElement row = TaskListPage.row(browser, caseNumber);
    assertThat(row.getText()).contains("対策本部の設置", "緊急", "総括個人情報管理者: 山田 太郎");
    assertThat(row.findElement(By.cssSelector(".priority-urgent")).getText()).isEqualTo("緊急");
    // a due date, not only a badge
    assertThat(row.getText()).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
    browser.screenshot("hq-task-urgent");
    browser.logout();
  }

  /** A notice about a task is read once its task is opened, as a mail is once opened. */
  @Test
  void openingATaskFromItsNoticeReadsTheNotice() {
    Notification notice = newTaskNoticeOf(sampleCase("通知から開く " + stamp()));
    long unread = notifications.unreadCount("privacy-lead");

    openFromNotices("privacy-lead", By.cssSelector("a[href$='" + notice.getLink() + "']"), "/task.xhtml");
    browser.screenshot("task-opened-from-its-notice");
    browser.logout();

    assertReadAndCountedDown("privacy-lead", notice, unread);
  }

  /**
   * A notice about a task that is gone meanwhile (here its case was withdrawn) is read as the task goes, and the bell
   * counts it no more; opened all the same, its page says the task is gone.
   */
  @Test
  void aGoneTasksNoticeIsReadAndItsPageSaysTheTaskIsGone() {
    String caseId = sampleCase("消えたタスク " + stamp());
    Notification notice = newTaskNoticeOf(caseId);
    long unread = notifications.unreadCount("privacy-lead");

    runtimeService.deleteProcessInstance(caseId, "取り下げ");
    assertReadAndCountedDown("privacy-lead", notice, unread);

    openFromNotices("privacy-lead", By.cssSelector("a[href$='" + notice.getLink() + "']"), "/task.xhtml");
    assertThat(messages(browser))
        .contains("このタスクは既に完了したか、あなたには表示できません。タスク一覧を更新してください。");
    browser.screenshot("gone-task-opened-from-its-notice");
    browser.logout();
  }

  /** A notice about a case's outcome (it points to the case alone) is read once the case's page is opened. */
  @Test
  void openingACaseFromItsNoticeReadsTheNotice() {
    String title = "案件から開く " + stamp();
    String caseId = sampleCase(title);
    Notification notice = notifications.aboutCase(caseId, List.of("nurse"),
        StoredText.of("stored.asWritten", "結果のお知らせ " + title), null, null).get(0);
    long unread = notifications.unreadCount("nurse");

    openFromNotices("nurse", By.cssSelector("a.case-link[href*='id=" + caseId + "']"), "/case.xhtml");
    browser.screenshot("case-opened-from-its-notice");
    browser.logout();

    assertReadAndCountedDown("nurse", notice, unread);
  }

  /** 「すべて既読にする」: the page shows every notice read at once, not only after it is loaded again. */
  @Test
  void markingAllReadShowsEveryNoticeReadAtOnce() {
    newTaskNoticeOf(sampleCase("すべて既読 " + stamp()));
    By unreadRows = By.cssSelector("#notificationForm\\:notifications tr.unread");
    browser.login("privacy-lead");
    browser.open("/notifications.xhtml");
    assertThat(browser.findAll(unreadRows)).isNotEmpty();

    browser.find(By.id("notificationForm:markAll")).click();

    browser.waitFor("every notice shown read", driver -> driver.findElements(unreadRows).isEmpty());
    browser.screenshot("all-notices-read");
    browser.logout();
    assertThat(notifications.unreadCount("privacy-lead")).isZero();
  }

  /** A sample case filed by nurse: its review task waits for privacy-lead's role. */
  private String sampleCase(String title) {
    return procedures.start(Staff.of(staff, "nurse"), "sampleApproval",
        java.util.Map.of("title", title, "personCount", 1L, "department", "NURSING")).getId();
  }

  private Notification newTaskNoticeOf(String caseId) {
    return notifications.latestFor("privacy-lead", 20).stream()
        .filter(n -> caseId.equals(n.getProcessInstanceId())).findFirst().orElseThrow();
  }

  /** The person logs in and follows a link of their 通知 page to the page it points to. */
  private void openFromNotices(String person, By link, String page) {
    browser.login(person);
    browser.open("/notifications.xhtml");
    browser.find(link).click();
    browser.waitForUrl(page);
  }

  private void assertReadAndCountedDown(String person, Notification notice, long unreadBefore) {
    assertThat(notifications.latestFor(person, 20).stream()
        .filter(n -> n.getId().equals(notice.getId())).findFirst().orElseThrow().isRead()).isTrue();
    assertThat(notifications.unreadCount(person)).isEqualTo(unreadBefore - 1);
  }

  @Test
  void item8ADailyDigestIsAPersonsSettingAndUrgentNoticesStillGoAtOnce() {
    String person = "hq-officer";
    try {
      browser.login(person);
      browser.open("/notifications.xhtml");
      browser.waitForAjax();
      browser.find(By.xpath("//label[normalize-space()='1日1回まとめて(毎朝8時)']")).click();
      post(browser, By.id("deliveryForm:saveDelivery"), "choosing the daily digest");
      assertThat(messages(browser)).contains("お知らせの受け取り方を保存しました。");
      browser.screenshot("daily-digest-setting");
      browser.logout();
      assertThat(notifications.deliveryOf(person)).isEqualTo(Delivery.DAILY_DIGEST);

      Notification routine = notifications.toUsers(List.of(person), "通常のお知らせ " + stamp(), null,
          "/tasks.xhtml").get(0);
      Notification urgent = notifications.toUsers(List.of(person), "【緊急】至急の確認 " + stamp(), null, null).get(0);
      assertThat(routine.getMailStatus()).isEqualTo(MailStatus.DIGEST);
      assertThat(urgent.getMailStatus()).isEqualTo(MailStatus.PENDING);
      // the urgent one is mailed at once; GreenMail's wait is on delivery, not on time
      java.util.Locale language = languages.localeOf(person);
      assertThat(TestMailServer.awaitMail(m -> TestMailServer.subjectAndText(m).contains(urgent.titleIn(language))))
          .as("the urgent notice mailed at once").isTrue();

      // a digest "run" before the notice was made leaves it for the next one; the morning's run sends it
      digest.send(Clock.fixed(routine.getCreatedAt().minusSeconds(60), clock.getZone()));
      assertThat(status(routine)).isEqualTo(MailStatus.DIGEST);
      assertThat(digest.send(Clock.offset(clock, Duration.ofHours(1)))).isGreaterThanOrEqualTo(1);
      assertThat(status(routine)).isEqualTo(MailStatus.SENT);
      // a digest (its subject in the language the person chose last) lists this notice
      String subject = Messages.text(language, "notifications.digest.subject", 1).split("1")[0].trim();
      String notice = routine.titleIn(language);
      assertThat(TestMailServer.awaitMail(m -> String.valueOf(subject(m)).contains(subject)
          && TestMailServer.subjectAndText(m).contains(notice))).as("a digest \"%s\" listing \"%s\"", subject, notice)
          .isTrue();
    } finally {
      notifications.chooseDelivery(person, Delivery.IMMEDIATE);
    }
  }

  @Test
  void item12OneSeriesAtATimeAndTheDrillDownOpensTheCase() {
    String caseNumber = outsourcingCase("株式会社集計確認 " + stamp());
    browser.login("privacy-lead");
    browser.open("/dashboard.xhtml");
    browser.waitForAjax();
    WebElement menu = browser.find(By.cssSelector("#section-trends .series-menu"));
    String second = (String) browser.script("return arguments[0].querySelectorAll('option')[1].textContent;", menu);
    Pages.selectOneMenu(browser, menu, second);
    browser.waitForAjax();
    assertThat(browser.findAll(By.cssSelector("#section-trends .dashboard-chart canvas"))).hasSize(1);
    assertThat(browser.consoleErrors()).isEmpty();
    browser.script("document.getElementById('section-trends').scrollIntoView();");
    browser.screenshot("dashboard-one-series");

    String month = YearMonth.now(ZoneId.of("Asia/Tokyo")).toString();
    browser.find(By.cssSelector("a[data-figure='trends.started:outsourcingContract:" + month + "']")).click();
    browser.waitForUrl("/dashboard-list.xhtml");
    browser.waitForAjax();
    WebElement link = browser.find(By.xpath("//a[contains(@class, 'case-link')][normalize-space()='" + caseNumber + "']"));
    browser.screenshot("drill-down-cases");
    link.click();
    browser.waitForUrl("/case.xhtml");
    assertThat(CasePage.number(browser)).isEqualTo(caseNumber);
    browser.logout();
  }

  private MailStatus status(Notification notification) {
    return notifications.latestFor(notification.getRecipient(), 50).stream()
        .filter(n -> n.getId().equals(notification.getId())).findFirst().orElseThrow().getMailStatus();
  }

  private static String subject(jakarta.mail.internet.MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
