package jp.mamori.web;

import static jp.mamori.web.Pages.REVIEW_TASK;
import static jp.mamori.web.Pages.SAMPLE_PROCEDURE;
import static jp.mamori.web.Pages.choose;
import static jp.mamori.web.Pages.date;
import static jp.mamori.web.Pages.error;
import static jp.mamori.web.Pages.field;
import static jp.mamori.web.Pages.input;
import static jp.mamori.web.Pages.messages;
import static jp.mamori.web.Pages.post;
import static jp.mamori.web.Pages.readonlyValue;
import static jp.mamori.web.Pages.select;
import static jp.mamori.web.Pages.selectOneMenu;
import static jp.mamori.web.Pages.tick;
import static jp.mamori.web.Pages.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.mamori.testing.Browser;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.tasks.Procedures;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Staff;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The platform in a real browser (headless Chromium), as the privacy office uses it: a nurse files the sample
 * request through its start form, the privacy lead reviews and approves it, opens Cockpit without a second login,
 * and switches the language. One browser for the whole class; the steps run in order and share the case. Every
 * step leaves a screenshot under target/screenshots/PlatformBrowserTest/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformBrowserTest extends IntegrationTest {

  @RegisterExtension
  static final Browser browser = new Browser();

  private static final Pattern CASE_NUMBER = Pattern.compile("案件番号: (SMP-\\S+)");

  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;
  @Autowired Procedures procedures;
  @Autowired StaffDirectory staff;

  private final String title = "ブラウザ試験 "
      + LocalDateTime.now(ZoneId.of("Asia/Tokyo")).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
  private final LocalDate wantedBy = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(30);
  private String caseNumber;

  @Test
  @Order(1)
  void aNurseLogsInAndLandsOnTheTaskList() {
    browser.open("/login.xhtml");
    browser.find(By.id("loginForm"));
    assertThat(browser.bodyText()).contains("Mamori 個人情報管理", "ユーザーID", "パスワード");
    browser.screenshot("login-page");

    browser.login("nurse");

    assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("タスク一覧");
    assertThat(browser.title()).isEqualTo("タスク一覧 | Mamori");
    assertThat(browser.find(By.cssSelector(".topbar")).getText())
        .contains("タスク一覧", "手続きの開始", "通知", "ログアウト", "English", "高橋 美咲")
        .doesNotContain("Cockpit");
    assertThat(browser.find(By.id("taskForm")).getText()).contains("すべて", "期限切れのみ", "絞り込む");
    assertNoRawMessageKeys();
    browser.screenshot("nurse-task-list");
  }

  @Test
  @Order(2)
  void theNurseFilesTheSampleRequestThroughItsStartForm() {
    browser.find(By.id("navStart")).click();
    browser.waitForUrl("/start.xhtml");
    assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("手続きの開始");
    WebElement card = browser.find(By.xpath("//div[contains(concat(' ', @class, ' '), ' card ')]"
        + "[h2[normalize-space()='" + SAMPLE_PROCEDURE + "']]"));
    browser.screenshot("procedures");
    card.findElement(By.linkText("開始する")).click();
    browser.waitForUrl("key=sampleApproval");
    browser.waitForAjax();

    // every field type of the sample form is there, with its label and widget
    assertThat(browser.find(By.id("procedureName")).getText()).isEqualTo(SAMPLE_PROCEDURE);
    assertThat(browser.find(By.cssSelector(".form-text.level-1")).getText()).isEqualTo("サンプル申請");
    assertThat(input(browser, "件名").getAttribute("type")).isEqualTo("text");
    assertThat(input(browser, "内容").getTagName()).isEqualTo("textarea");
    assertThat(input(browser, "対象人数").getAttribute("inputmode")).isEqualTo("decimal");
    // a date picker in Japanese order (issue #17 item 6)
    assertThat(browser.find(field("希望日")).findElements(By.cssSelector(".date-picker"))).hasSize(1);
    assertThat(input(browser, "希望日").getAttribute("placeholder")).isEqualTo("yyyy/mm/dd");
    assertThat(browser.find(field("部署")).findElements(By.cssSelector(".ui-selectonemenu"))).hasSize(1);
    assertThat(browser.find(field("要配慮個人情報の種類")).getText()).contains("病歴", "遺伝情報");
    assertThat(browser.find(field("至急")).findElements(By.cssSelector(".ui-chkbox-box"))).hasSize(1);
    assertThat(browser.find(field("件名")).findElements(By.cssSelector(".required-mark"))).hasSize(1);
    assertNoRawMessageKeys();
    browser.fullPageScreenshot("start-form");

    // an empty request: the server's messages appear next to the fields, nothing is started
    long startedBefore = startedBy("nurse");
    post(browser, By.id("startForm:submit"), "submitting the empty start form");
    browser.waitFor("field messages", ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".field-error")));
    assertThat(error(browser, "件名")).isEqualTo("「件名」は必須です。");
    assertThat(error(browser, "対象人数")).isEqualTo("「対象人数」は必須です。");
    assertThat(error(browser, "部署")).isEqualTo("「部署」は必須です。");
    assertThat(error(browser, "内容")).isNull();
    assertThat(messages(browser)).contains("入力内容に誤りがあります。");
    assertThat(browser.url()).contains("/start.xhtml");
    assertThat(startedBy("nurse")).isEqualTo(startedBefore);
    browser.fullPageScreenshot("start-form-empty-submitted");

    // a valid request
    type(browser, "件名", title);
    type(browser, "内容", "検体検査の外部委託に伴う患者情報の提供");
    type(browser, "対象人数", "12");
    date(browser, "希望日", wantedBy);
    select(browser, "部署", "看護部");
    choose(browser, "要配慮個人情報の種類", "病歴");
    tick(browser, "至急");
    browser.fullPageScreenshot("start-form-filled");
    post(browser, By.id("startForm:submit"), "submitting the filled-in start form");
    browser.waitForUrl("/tasks.xhtml");

    String message = messages(browser);
    browser.screenshot("request-started");
    Matcher number = CASE_NUMBER.matcher(message);
    assertThat(message).startsWith("手続きを開始しました。案件番号: SMP-");
    assertThat(number.find()).isTrue();
    caseNumber = number.group(1);

    // what the nurse typed is what the case holds
    HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).singleResult();
    assertThat(instance.getStartUserId()).isEqualTo("nurse");
    Map<String, Object> variables = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).list().stream()
        .filter(v -> v.getValue() != null)
        .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue));
    assertThat(variables).containsEntry("title", title).containsEntry("personCount", 12L)
        .containsEntry("department", "NURSING").containsEntry("urgent", true)
        .containsEntry("detail", "検体検査の外部委託に伴う患者情報の提供")
        .containsEntry("categories", List.of("health"))
        .containsKey("wantedBy");
  }

  @Test
  @Order(3)
  void thePrivacyLeadFindsTheRequestAndApprovesIt() {
    if (caseNumber == null) {
      // the previous step could not file the request through the browser; file it the way the services do, so
      // that this step still tests the reviewer's side
      caseNumber = procedures.start(Staff.of(staff, "nurse"), "sampleApproval",
          Map.of("title", title, "personCount", 12L, "department", "NURSING", "urgent", true)).getBusinessKey();
    }
    ensureLoggedIn("nurse", "高橋 美咲");
    browser.logout();
    assertThat(browser.bodyText()).contains("ログアウトしました。");
    browser.screenshot("logged-out");
    browser.login("privacy-lead");

    // the task list (scope すべて) shows the review task of the nurse's case, with its due-date badge
    WebElement all = browser.find(By.xpath("//div[@id='taskForm:scope']//div[contains(@class,'ui-button')]"
        + "[normalize-space()='すべて']"));
    assertThat(all.getAttribute("class")).contains("ui-state-active");
    WebElement row = browser.find(caseRow());
    assertThat(row.findElement(By.cssSelector("a.task-link")).getText()).isEqualTo(REVIEW_TASK);
    assertThat(row.getText()).contains(SAMPLE_PROCEDURE, "未割当");
    // the due date is shown; a badge only when it is close or passed (a review is due in 3 business days)
    assertThat(row.getText()).containsPattern("\\d{4}-\\d{2}-\\d{2} 17:00");
    WebElement badge = row.findElement(By.cssSelector(".due-badge"));
    if (badge.isDisplayed()) {
      assertThat(badge.getText()).isIn("期限切れ", "本日期限", "期限間近");
    }
    assertNoRawMessageKeys();
    browser.screenshot("privacy-lead-task-list");

    // the procedure filter
    selectOneMenu(browser, browser.find(By.id("taskForm:procedure")), SAMPLE_PROCEDURE);
    post(browser, By.id("taskForm:applyFilters"), "filtering the task list by procedure");
    browser.waitFor(ExpectedConditions.visibilityOfElementLocated(caseRow()));
    List<String> procedures = browser.findAll(By.xpath("//tbody[@id='taskForm:tasks_data']/tr/td[2]")).stream()
        .map(WebElement::getText).distinct().toList();
    assertThat(procedures).containsExactly(SAMPLE_PROCEDURE);
    browser.screenshot("task-list-filtered");

    // the task: the nurse's title, read-only
    browser.find(caseRow()).findElement(By.cssSelector("a.task-link")).click();
    browser.waitForUrl("/task.xhtml?id=");
    browser.waitForAjax();
    assertThat(browser.find(By.id("taskName")).getText()).isEqualTo(REVIEW_TASK);
    assertThat(browser.find(By.cssSelector(".task-facts")).getText()).contains(caseNumber, "未割当");
    assertThat(readonlyValue(browser, "件名")).isEqualTo(title);
    assertThat(readonlyValue(browser, "対象人数")).isEqualTo("12");
    assertThat(browser.find(field("件名")).findElements(By.tagName("input"))).isEmpty();
    assertThat(browser.find(By.id("history")).getText()).contains("開始", "高橋 美咲");
    assertNoRawMessageKeys();
    browser.fullPageScreenshot("review-task");

    // a reference number in the wrong format: the pattern message, and nothing typed is lost
    type(browser, "参照番号", "ab-12");
    type(browser, "理由", "委託先の誓約書を確認しました。");
    post(browser, By.id("completeForm:complete"), "completing the review with an invalid reference number");
    browser.waitFor("field messages", ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".field-error")));
    assertThat(error(browser, "参照番号")).startsWith("「参照番号」の形式が正しくありません");
    assertThat(error(browser, "判断")).isEqualTo("「判断」は必須です。");
    assertThat(input(browser, "参照番号").getAttribute("value")).isEqualTo("ab-12");
    assertThat(input(browser, "理由").getAttribute("value")).isEqualTo("委託先の誓約書を確認しました。");
    assertThat(messages(browser)).contains("入力内容に誤りがあります。");
    assertThat(taskOfCase()).as("the task is still open").isNotNull();
    browser.fullPageScreenshot("review-invalid-reference");

    // corrected and approved
    type(browser, "参照番号", "AB-1234");
    choose(browser, "判断", "承認");
    browser.fullPageScreenshot("review-approve");
    post(browser, By.id("completeForm:complete"), "completing the review");
    browser.waitForUrl("/tasks.xhtml");
    assertThat(messages(browser)).isEqualTo("タスクを完了しました。");
    browser.screenshot("review-completed");
    assertThat(browser.findAll(caseRow())).as("the completed task has left the list").isEmpty();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .finished().singleResult().getEndActivityId()).isEqualTo("EndEvent_Approved");
  }

  @Test
  @Order(4)
  void cockpitOpensWithoutASecondLogin() {
    ensureLoggedIn("privacy-lead", "佐藤 花子");
    WebElement link = browser.find(By.id("navCockpit"));
    assertThat(link.getText()).isEqualTo("Cockpit(監視)");
    link.click();
    browser.waitForUrl("/camunda/app/");
    String landed = browser.url();
    assertThat(landed)
        .as("Cockpit did not open: the browser was sent to %s%s; the page says: \"%s\"", landed,
            landed.contains("/setup") ? " (Camunda's set-up page for a first administrator, which the webapps open"
                + " instead of Cockpit while no user is a member of the group camunda-admin)" : "",
            abbreviate(browser.bodyText()))
        .contains("/camunda/app/cockpit/default/");

    // Cockpit either shows its dashboard for the privacy lead or, when it does not trust the app's login, its own
    // login form: wait for whichever comes, then tell which
    By loginForm = By.cssSelector("input[type='password']");
    By dashboard = By.xpath("//*[@cam-widget-header]//*[contains(normalize-space(), '佐藤')]");
    browser.waitFor("Cockpit's dashboard or its login form", ExpectedConditions.or(
        ExpectedConditions.visibilityOfElementLocated(loginForm),
        ExpectedConditions.visibilityOfElementLocated(dashboard)));
    List<String> refused = browser.newHttpErrors();
    assertThat(browser.findAll(loginForm))
        .as("Cockpit asks for a second login (page %s); requests the server refused: %s", browser.url(), refused)
        .isEmpty();
    browser.waitFor("the dashboard's figures", ExpectedConditions.textToBePresentInElementLocated(
        By.tagName("body"), "実行中のプロセスインスタンス"));
    browser.waitForAjax();
    assertThat(browser.title()).contains("Cockpit");
    browser.screenshot("cockpit");
  }

  @Test
  @Order(5)
  void theLanguageSwitchesToEnglishAndBack() {
    ensureLoggedIn("privacy-lead", "佐藤 花子");
    browser.open("/tasks.xhtml");
    WebElement toggle = browser.find(By.id("langForm:switchLanguage"));
    assertThat(toggle.getText()).isEqualTo("English");
    post(browser, By.id("langForm:switchLanguage"), "switching the language to English");
    browser.waitFor("English labels",
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Task list"));
    assertThat(browser.find(By.cssSelector(".topbar")).getText())
        .contains("Task list", "Start a procedure", "Notifications", "Log out", "日本語");
    assertThat(browser.find(By.id("taskForm")).getText()).contains("All");
    assertThat(browser.bodyText()).doesNotContain("タスク一覧");
    assertNoRawMessageKeys();
    browser.screenshot("english");

    post(browser, By.id("langForm:switchLanguage"), "switching the language back to Japanese");
    browser.waitFor("Japanese labels",
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "タスク一覧"));
    assertThat(browser.find(By.id("langForm:switchLanguage")).getText()).isEqualTo("English");
    browser.screenshot("japanese-again");
  }

  @Test
  @Order(6)
  void noScriptErrorsAndNoContentSecurityPolicyRefusals() {
    List<String> problems = browser.console().stream()
        .filter(l -> l.contains("Content Security Policy") || l.contains("Refused to") || l.contains("Uncaught"))
        .toList();
    assertThat(problems).as("browser console (all entries in target/screenshots/PlatformBrowserTest/"
        + "browser-console.log)").isEmpty();
  }

  // ------------------------------------------------------------------------------------------------------------

  private By caseRow() {
    return By.xpath("//tbody[@id='taskForm:tasks_data']/tr[td[normalize-space()='" + caseNumber + "']]");
  }

  private Task taskOfCase() {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
  }

  private long startedBy(String user) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey("sampleApproval")
        .startedBy(user).count();
  }

  /** Keeps the class's session if it is there; logs in again only when an earlier step left it elsewhere. */
  private void ensureLoggedIn(String user, String displayName) {
    browser.open("/tasks.xhtml");
    if (!browser.url().contains("/login.xhtml")
        && !browser.find(By.cssSelector(".topbar .username")).getText().equals(displayName)) {
      browser.logout();
    }
    if (browser.url().contains("/login.xhtml")) {
      browser.login(user);
    }
  }

  private static String abbreviate(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() <= 200 ? line : line.substring(0, 200) + "…";
  }

  /** A message key shown as text ("tasks.col.name", "due.LATER") means the bundle lacks it. */
  static void assertNoRawMessageKeys() {
    String text = browser.bodyText();
    assertThat(Pattern.compile("\\b(app|nav|login|tasks|due|task|history|start|notifications|error|form)\\.[A-Za-z.]+\\b")
        .matcher(text).results().map(m -> m.group()).toList())
        .as("raw message keys on %s", browser.url()).isEmpty();
  }
}
