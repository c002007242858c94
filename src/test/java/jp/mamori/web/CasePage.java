package jp.mamori.web;

import java.util.List;
import jp.mamori.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A case's page (/case.xhtml?id=…), as a browser test reads it: its line of steps, who has it, its history. */
final class CasePage {

  private CasePage() {}

  /** Opens the case from 「あなたの申請」 on the start page, by clicking its number as the filer does. */
  static void openFromMyCases(Browser browser, String caseNumber) {
    browser.open("/start.xhtml");
    browser.waitForAjax();
    browser.find(By.xpath("//tbody[@id='myCases_data']//a[normalize-space()='" + caseNumber + "']")).click();
    browser.waitForUrl("/case.xhtml?id=");
    browser.find(By.id("caseNumber"));
  }

  /** Opens a case's page by its engine id or its number; a refused one shows the app's error page. */
  static void open(Browser browser, String idOrNumber) {
    browser.open("/case.xhtml?id=" + idOrNumber);
  }

  static String number(Browser browser) {
    return browser.find(By.id("caseNumber")).getText();
  }

  /** The steps of the case's line as "name:state" (state: done, current, next), in order. */
  static List<String> steps(Browser browser) {
    return browser.find(By.id("steps")).findElements(By.cssSelector("li.case-step")).stream()
        .map(li -> li.findElement(By.cssSelector(".step-name")).getText() + ":" + state(li)).toList();
  }

  private static String state(WebElement step) {
    String classes = step.getAttribute("class");
    for (String state : List.of("done", "current", "next")) {
      if (classes.contains("step-" + state)) {
        return state;
      }
    }
    return "?";
  }

  /** The open tasks with who has them (a person, or the roles that may take them) and their due dates. */
  static String whoHasIt(Browser browser) {
    return browser.find(By.id("openTasks")).getText();
  }

  static String history(Browser browser) {
    return browser.find(By.id("history")).getText();
  }
}
