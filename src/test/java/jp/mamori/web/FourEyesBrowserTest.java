package jp.mamori.web;

import static jp.mamori.web.Pages.REVIEW_TASK;
import static jp.mamori.web.Pages.SAMPLE_PROCEDURE;
import static jp.mamori.web.Pages.choose;
import static jp.mamori.web.Pages.messages;
import static jp.mamori.web.Pages.readonlyValue;
import static jp.mamori.web.Pages.select;
import static jp.mamori.web.Pages.type;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import jp.mamori.testing.Browser;
import jp.mamori.testing.IntegrationTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The four-eyes rule as the user meets it: the privacy lead files a sample request and then tries to decide on it
 * herself. The page says why she may not, and the task stays open for a colleague. Screenshots under
 * target/screenshots/FourEyesBrowserTest/.
 */
class FourEyesBrowserTest extends IntegrationTest {

  @RegisterExtension
  static final Browser browser = new Browser();

  private static final String FOUR_EYES =
      "ご自身が申請した案件は、ご自身で判断(承認・審査)できません(申請者と判断者の分離)。";

  @Autowired TaskService taskService;

  @Test
  void theRequesterCannotDecideOnTheirOwnRequest() {
    String title = "自分の申請 "
        + LocalDateTime.now(ZoneId.of("Asia/Tokyo")).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
    browser.login("privacy-lead");

    // the privacy lead (a supervising manager, also allowed to start the sample procedure) files a request
    StartPage.open(browser, "sampleApproval");
    type(browser, "件名", title);
    type(browser, "対象人数", "3");
    select(browser, "部署", "放射線科");
    browser.fullPageScreenshot("own-request");
    String caseNumber = StartPage.submit(browser, "SMP", "filing the request");
    By row = By.xpath("//tbody[@id='taskForm:tasks_data']/tr[td[normalize-space()='" + caseNumber + "']]");

    // the review of her own request is in her list (she is a supervising manager) ...
    WebElement task = browser.find(row);
    assertThat(task.getText()).contains(REVIEW_TASK, SAMPLE_PROCEDURE);
    browser.screenshot("own-review-in-list");
    task.findElement(By.cssSelector("a.task-link")).click();
    browser.waitForUrl("/task.xhtml?id=");
    browser.waitForAjax();
    assertThat(readonlyValue(browser, "件名")).isEqualTo(title);

    // ... but the page says at once why she may not decide, and offers neither claim nor complete
    // (the server refuses too: SampleApprovalProcessTest, RestTaskCompletionTest)
    browser.waitFor("the four-eyes message",
        ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), FOUR_EYES));
    assertThat(messages(browser)).contains(FOUR_EYES);
    // ... and whom to turn to instead (issue #17 item 5): the other holders of her role, or, when nobody else holds
    // it, the role above (which of the two depends on the users other test classes created in the shared database)
    assertThat(messages(browser)).containsPattern("このタスクを判断できるのは: \\S+");
    assertThat(messages(browser)).doesNotContain("佐藤 花子");
    assertThat(browser.findAll(By.id("completeForm:complete"))).isEmpty();
    assertThat(browser.findAll(By.id("completeForm:claim"))).isEmpty();
    assertThat(browser.url()).contains("/task.xhtml?id=");
    assertThat(browser.find(By.id("assignee")).getText()).isEqualTo("未割当");
    browser.fullPageScreenshot("four-eyes-refused");

    Task open = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
    assertThat(open).as("the review task is still open").isNotNull();
    assertThat(open.getAssignee()).isNull();

    browser.find(By.id("backToList")).click();
    browser.waitForUrl("/tasks.xhtml");
    browser.waitForAjax();
    assertThat(browser.find(row).getText()).contains(REVIEW_TASK, "未割当");
    browser.screenshot("still-in-list");
  }
}
