package jp.mamori.web;

import static jp.mamori.web.Pages.post;

import jp.mamori.testing.Browser;
import org.openqa.selenium.By;

/** A task's page (/task.xhtml?id=…), as a browser test uses it; it is opened from the task list (Pages.openTask). */
final class TaskPage {

  private TaskPage() {}

  /** Completes the task with the form as filled in, and is back on the task list. */
  static void complete(Browser browser, String action) {
    post(browser, By.id("completeForm:complete"), action);
    browser.waitForUrl("/tasks.xhtml");
  }
}
