package jp.mamori.web;

import static jp.mamori.web.Pages.messages;
import static jp.mamori.web.Pages.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mamori.testing.Browser;
import org.openqa.selenium.By;

/** The start page of a procedure (/start.xhtml?key=…), as a browser test uses it. */
final class StartPage {

  private StartPage() {}

  /** Opens the start form of a procedure. */
  static void open(Browser browser, String processKey) {
    browser.open("/start.xhtml?key=" + processKey);
    browser.waitForAjax();
  }

  /**
   * Starts the case with the form as filled in; returns the case number the task list then announces, which starts
   * with the model's {@code businessKeyPrefix}.
   */
  static String submit(Browser browser, String casePrefix, String action) {
    post(browser, By.id("startForm:submit"), action);
    browser.waitForUrl("/tasks.xhtml");
    String message = messages(browser);
    Matcher number = Pattern.compile("案件番号: (" + casePrefix + "-\\S+)").matcher(message);
    assertThat(number.find()).as("case number in \"%s\"", message).isTrue();
    return number.group(1);
  }
}
