package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.tasks.Procedures;
import jp.mamori.tasks.TaskActions;
import jp.mamori.testing.Browser;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Staff;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #17 item 11 (ADR 0033): Camunda Tasklist and Admin write people's names family name first (佐藤 花子, not
 * 花子 佐藤) in their lists, the task's assignee and the user page, in Japanese and in English; Admin names Mamori's
 * password rule in words instead of its key. Screenshots under target/screenshots/WebappNamesBrowserTest/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebappNamesBrowserTest extends IntegrationTest {

  @RegisterExtension
  static final Browser browser = new Browser();

  private static final String TASKLIST = "/camunda/app/tasklist/default/";
  private static final String ADMIN = "/camunda/app/admin/default/";

  @Autowired Procedures procedures;
  @Autowired StaffDirectory staff;
  @Autowired TaskActions actions;
  @Autowired TaskService taskService;

  private static String stamp() {
    return LocalDateTime.now(ZoneId.of("Asia/Tokyo")).format(DateTimeFormatter.ofPattern("MMddHHmmssSSS"));
  }

  @Test
  @Order(1)
  void tasklistShowsTheAssigneeFamilyNameFirst() {
    String contractor = "株式会社氏名順 " + stamp();
    String processInstanceId = procedures.start(Staff.of(staff, "privacy-lead"), "outsourcingContract",
        TaskFlowBrowserTest.intent(contractor)).getId();
    String taskId = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
    actions.claim(Staff.of(staff, "privacy-lead"), taskId);

    browser.login("privacy-lead");
    // the list of the first filter (自分のタスク): each task names its assignee
    WebElement listed = openWebapp(TASKLIST + "#/?task=" + taskId,
        By.xpath("//*[@cam-tasks]//li//h5[contains(@class, 'assignee')]"));
    browser.waitFor("names family name first in the list", d -> listedAssignees().contains("佐藤 花子"));
    assertThat(listedAssignees()).doesNotContain("花子 佐藤");
    // the task opened beside it: its assignee
    WebElement assignee = browser.waitFor("the task's assignee", ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[cam-tasklist-task-meta] li.assignee")));
    browser.waitFor("the assignee family name first", d -> assignee.getText().contains("佐藤 花子"));
    assertThat(listed.isDisplayed()).isTrue();
    browser.screenshot("tasklist-assignee-family-name-first");
  }

  @Test
  @Order(2)
  void adminListsAndEditsUsersFamilyNameFirst() {
    browser.open("/tasks.xhtml");
    browser.logout();
    browser.login("admin");
    openWebapp(ADMIN + "#/users", By.cssSelector("table.cam-table"));
    browser.waitForText("ユーザー一覧");
    browser.waitFor("the user list", d -> browser.bodyText().contains("exec"));
    // the columns: 姓 before 名
    List<String> headings = browser.findAll(By.cssSelector("table.cam-table thead th")).stream()
        .map(WebElement::getText).map(String::strip).filter(t -> !t.isEmpty()).toList();
    assertThat(headings.indexOf("姓*")).as("columns %s", headings).isGreaterThanOrEqualTo(0)
        .isLessThan(headings.indexOf("名*"));
    WebElement exec = browser.find(By.xpath("//table[contains(@class,'cam-table')]//tr[.//a[normalize-space()='exec']]"));
    assertThat(exec.getText()).contains("中村 修");
    browser.screenshot("admin-users-family-name-first");

    browser.open(ADMIN + "#/users/exec?tab=profile");
    browser.waitFor("the user page's heading", d -> browser.find(By.cssSelector(".section-content h3")).getText()
        .contains("中村 修"));
    assertThat(browser.find(By.cssSelector(".section-content h3")).getText()).doesNotContain("修 中村");
    // the form asks for the family name first
    List<WebElement> inputs = browser.findAll(By.cssSelector("form[name='editProfileForm'] input.form-control"));
    assertThat(inputs.get(0).getAttribute("id")).isEqualTo("inputLastname");
    assertThat(inputs.get(1).getAttribute("id")).isEqualTo("inputFirstname");
    browser.screenshot("admin-user-family-name-first");

    browser.open(ADMIN + "#/users/exec?tab=groups");
    browser.waitForText("中村 修 のグループ");
  }

  @Test
  @Order(3)
  void adminNamesMamorisPasswordRuleInWords() {
    WebElement password = openWebapp(ADMIN + "#/user-create", By.id("inputPassword"));
    // the form asks for the family name first here too
    List<WebElement> inputs = browser.findAll(By.cssSelector("form input.form-control[ng-model^='profile.']"));
    assertThat(inputs.get(1).getAttribute("ng-model")).isEqualTo("profile.lastName");
    password.sendKeys("password1234");
    WebElement popover = browser.waitFor("the password rules", ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".popover")));
    browser.waitFor("the rule checked", d -> popover.getText().contains("よく使われるパスワード"));
    assertThat(popover.getText()).doesNotContain("PASSWORD_POLICY");
    browser.screenshot("admin-password-rule-in-words");
  }

  @Test
  @Order(4)
  void inEnglishTheNamesAreFamilyNameFirstToo() {
    // the browser now reports English (navigator.languages and Accept-Language), for the rest of this class
    String userAgent = (String) browser.script("return navigator.userAgent");
    ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setUserAgentOverride",
        Map.of("userAgent", userAgent, "acceptLanguage", "en-US"));
    // Admin reads the language once, when its document loads: a change of the hash alone would keep Japanese
    browser.open("/tasks.xhtml");

    browser.open(ADMIN + "#/users/exec?tab=groups");
    browser.waitForText("中村 修's Groups");
    browser.open(ADMIN + "#/users");
    browser.waitFor("the user list", d -> browser.bodyText().contains("exec"));
    WebElement exec = browser.find(By.xpath("//table[contains(@class,'cam-table')]//tr[.//a[normalize-space()='exec']]"));
    assertThat(exec.getText()).contains("中村 修");
    browser.open(ADMIN + "#/user-create");
    browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("inputPassword"))).sendKeys("password1234");
    WebElement popover = browser.waitFor("the password rules", ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector(".popover")));
    browser.waitFor("the rule checked", d -> popover.getText().contains("Not a common password"));
    browser.screenshot("admin-english");
  }

  /**
   * Opens a webapp page and waits for an element of it. On this shared test machine a webapp's scripts may load
   * slower than RequireJS waits for them (its "Load timeout for modules"): the page is then opened once more.
   */
  private static WebElement openWebapp(String path, By ready) {
    for (int attempt = 1; ; attempt++) {
      browser.open(path);
      try {
        return browser.waitFor(path, ExpectedConditions.visibilityOfElementLocated(ready));
      } catch (org.openqa.selenium.TimeoutException slow) {
        if (attempt == 3) {
          throw slow;
        }
      }
    }
  }

  private static List<String> listedAssignees() {
    return browser.findAll(By.cssSelector("[cam-tasks] h5.assignee")).stream().map(WebElement::getText)
        .map(String::strip).toList();
  }
}
