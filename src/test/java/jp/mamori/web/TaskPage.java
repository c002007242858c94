package jp.mamori.web;

import static jp.mamori.web.Pages.post;

import jp.mamori.testing.Browser;
import org.openqa.selenium.By;

/** A task's page (/task.xhtml?id=…), as a browser test uses it; it is opened from the task list (Pages.openTask). */
final class TaskPage {

  private TaskPage() {}

  /**
   * Completes the task with the form as filled in, and is on the next page: the task list, or — when the case's
   * next task is the user's too — that task's page (issue #17 item 4).
   */
  static void complete(Browser browser, String action) {
    String before = browser.url();
    post(browser, By.id("completeForm:complete"), action);
    browser.waitFor(action + ": the task list or the case's next task",
        d -> d.getCurrentUrl().contains("/tasks.xhtml")
            || (d.getCurrentUrl().contains("/task.xhtml?id=") && !d.getCurrentUrl().equals(before)));
    browser.waitForPage();
    browser.waitForAjax();
  }

  /** Completes the task and expects the case's next task, which is the user's too, to open at once. */
  static void completeAndContinue(Browser browser, String action) {
    complete(browser, action);
    browser.find(By.id("taskName"));
  }

  static String name(Browser browser) {
    return browser.find(By.id("taskName")).getText();
  }
}
