package jp.mamori.web;

import static jp.mamori.web.Pages.caseRow;
import static jp.mamori.web.Pages.post;

import jp.mamori.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The task list (/tasks.xhtml), as a browser test uses it: a case's row, its task, claim and release. */
final class TaskListPage {

  static final String TABLE = "taskForm:tasks";

  private TaskListPage() {}

  static void open(Browser browser) {
    browser.open("/tasks.xhtml");
    browser.waitForAjax();
  }

  /** The row of a case's task (by the case number the start page announced). */
  static WebElement row(Browser browser, String caseNumber) {
    return browser.find(caseRow(TABLE, caseNumber));
  }

  /** Who holds the case's task, as the list shows it ("未割当" when nobody). */
  static String assignee(Browser browser, String caseNumber) {
    // the first line; an unclaimed task lists who may take it below
    return row(browser, caseNumber).findElements(By.tagName("td")).get(3).getText().lines().findFirst().orElse("");
  }

  /** Opens a case's task, as the user clicks it, and takes a screenshot of it. */
  static void openTask(Browser browser, String caseNumber, String taskName) {
    open(browser);
    row(browser, caseNumber).findElement(By.linkText(taskName)).click();
    browser.waitForUrl("/task.xhtml?id=");
    browser.waitForAjax();
    browser.screenshot("task-" + taskName);
  }

  /** Clicks the row's claim button ("引き受ける"); the page stays the list, with a message. */
  static void claim(Browser browser, String caseNumber) {
    WebElement button = row(browser, caseNumber).findElement(By.xpath(".//button[normalize-space()='引き受ける']"));
    post(browser, By.id(button.getAttribute("id")), "claiming the task of " + caseNumber);
  }
}
