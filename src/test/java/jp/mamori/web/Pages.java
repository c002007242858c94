package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import jp.mamori.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * How a user works Mamori's pages, for the browser tests: fields of a Camunda Form found by their visible label,
 * PrimeFaces widgets clicked as a user clicks them, messages read where the user reads them.
 */
final class Pages {

  static final String SAMPLE_PROCEDURE = "サンプル承認(プラットフォーム試験用)";
  static final String REVIEW_TASK = "申請内容の確認";

  private Pages() {}

  // ---------------------------------------------------------------------------------------------- form fields

  /** The field block (label, widget, help, error) of a rendered Camunda Form, by the field's label. */
  static By field(String label) {
    return By.xpath("//div[contains(concat(' ', normalize-space(@class), ' '), ' field ')]"
        + "[label[contains(@class, 'field-label')][normalize-space(text()[1]) = '" + label + "']"
        + " or .//span[contains(@class, 'ui-chkbox-label')][normalize-space() = '" + label + "']]");
  }

  /** The text input or text area of a field. */
  static WebElement input(Browser browser, String label) {
    return browser.find(field(label)).findElement(By.xpath(
        ".//textarea | .//input[not(@type = 'hidden') and not(ancestor::div[contains(@class, 'ui-helper-hidden-accessible')])]"));
  }

  static void type(Browser browser, String label, String text) {
    WebElement input = input(browser, label);
    input.clear();
    input.sendKeys(text);
  }

  /**
   * A date field is a native {@code <input type="date">}, whose segments depend on the browser's locale; set its
   * value as the date picker would and fire the events the page listens to.
   */
  static void date(Browser browser, String label, LocalDate date) {
    WebElement input = input(browser, label);
    browser.script("arguments[0].value = arguments[1];"
        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
        + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, date.toString());
  }

  /** A time field is a native {@code <input type="time">}: set its value ("HH:mm") as the time picker would. */
  static void time(Browser browser, String label, String time) {
    WebElement input = input(browser, label);
    browser.script("arguments[0].value = arguments[1];"
        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
        + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, time);
  }

  /** Opens a field's several-choice picker (p:selectCheckboxMenu) and ticks the options of those values. */
  static void pick(Browser browser, String label, String... values) {
    WebElement menu = browser.find(field(label)).findElement(By.cssSelector(".ui-selectcheckboxmenu"));
    String id = menu.getAttribute("id");
    menu.findElement(By.cssSelector(".ui-selectcheckboxmenu-trigger")).click();
    browser.waitFor("picker " + id + " to open", ExpectedConditions.attributeContains(
        By.id(id + "_panel"), "class", "ui-connected-overlay-enter-done"));
    for (String value : values) {
      WebElement item = browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(
          "//div[@id='" + id + "_panel']//li[@data-item-value='" + value + "']")));
      item.findElement(By.cssSelector(".ui-chkbox-box")).click();
      browser.waitFor("option " + value + " to be ticked",
          d -> item.findElement(By.cssSelector(".ui-chkbox-box")).getAttribute("class").contains("ui-state-active"));
    }
    menu.findElement(By.cssSelector(".ui-selectcheckboxmenu-trigger")).click();
    browser.waitFor("picker " + id + " to close", ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
  }

  /** Opens a field's PrimeFaces drop-down (p:selectOneMenu) and picks the option with that label. */
  static void select(Browser browser, String label, String option) {
    selectOneMenu(browser, browser.find(field(label)).findElement(By.cssSelector(".ui-selectonemenu")), option);
  }

  static void selectOneMenu(Browser browser, WebElement menu, String option) {
    String id = menu.getAttribute("id");
    menu.findElement(By.cssSelector(".ui-selectonemenu-trigger")).click();
    // the panel slides open; an item clicked before the transition ends is not taken
    browser.waitFor("drop-down " + id + " to open", ExpectedConditions.attributeContains(
        By.id(id + "_panel"), "class", "ui-connected-overlay-enter-done"));
    By item = By.xpath("//div[@id='" + id + "_panel']//li[@data-label='" + option + "']");
    browser.waitFor(ExpectedConditions.elementToBeClickable(item)).click();
    browser.waitFor("drop-down " + id + " to close",
        ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
    browser.waitFor("drop-down " + id + " to show " + option,
        ExpectedConditions.textToBe(By.id(id + "_label"), option));
  }

  /** Ticks the checkbox or radio button of one option of a checklist or radio field. */
  static void choose(Browser browser, String label, String option) {
    WebElement box = browser.find(field(label)).findElement(By.xpath(".//label[normalize-space() = '" + option
        + "']/preceding-sibling::div[1]//div[contains(@class, '-box')]"));
    box.click();
    browser.waitFor("option " + option + " of " + label + " to be ticked",
        d -> box.getAttribute("class").contains("ui-state-active"));
  }

  /** Ticks a single checkbox field (its label is the checkbox's own label). */
  static void tick(Browser browser, String label) {
    WebElement box = browser.find(field(label)).findElement(By.cssSelector(".ui-chkbox-box"));
    box.click();
    browser.waitFor("checkbox " + label + " to be ticked", d -> box.getAttribute("class").contains("ui-state-active"));
  }

  /** The server's message under a field, or null. */
  static String error(Browser browser, String label) {
    List<WebElement> errors = browser.find(field(label)).findElements(By.cssSelector(".field-error"));
    return errors.isEmpty() ? null : errors.get(0).getText();
  }

  static String readonlyValue(Browser browser, String label) {
    return browser.find(field(label)).findElement(By.cssSelector(".readonly-value")).getText();
  }

  // ---------------------------------------------------------------------------------------------- navigation

  /** The row of a case (by its number) in a data table, e.g. "taskForm:tasks" or "purposes". */
  static By caseRow(String tableId, String caseNumber) {
    return By.xpath("//tbody[@id='" + tableId + "_data']/tr[td[normalize-space()='" + caseNumber + "']]");
  }

  /** Opens a case's task from the task list, as the user clicks it ({@link TaskListPage#openTask}). */
  static void openTask(Browser browser, String caseNumber, String taskName) {
    TaskListPage.openTask(browser, caseNumber, taskName);
  }

  // ---------------------------------------------------------------------------------------------- messages

  /** The page's message area (p:messages id="messages"). */
  static String messages(Browser browser) {
    return browser.find(By.id("messages")).getText();
  }


  // ---------------------------------------------------------------------------------------------- actions

  /**
   * Clicks a button or link that posts the page (ajax or not), waits until the request is over, and fails with a
   * clear message if the server refused it: a refused PrimeFaces ajax post otherwise leaves the page silently as
   * it was.
   */
  static void post(Browser browser, By button, String action) {
    @SuppressWarnings("unchecked")
    List<String> formsWithoutCsrf = (List<String>) browser.script(
        "return Array.from(document.forms).filter(f => !f.querySelector(\"input[name='_csrf']\"))"
            + ".map(f => f.id || f.getAttribute('action'));");
    browser.newHttpErrors();
    browser.find(button).click();
    browser.waitForAjax();
    browser.waitForPage();
    List<String> refused = browser.newHttpErrors();
    assertThat(refused)
        .as("%s: the server refused the post (page %s, title \"%s\").%n"
                + "Forms on the page without Spring Security's _csrf field: %s.%n"
                + "A 403 with forms listed here means the JSF forms carry no CSRF token: see"
                + " jp.mamori.web.CsrfTokenInjector and its registration in META-INF/faces-config.xml.",
            action, browser.url(), browser.title(), formsWithoutCsrf)
        .isEmpty();
    assertThat(browser.bodyText()).as("%s: error page instead of the application", action)
        .doesNotContain("Whitelabel Error Page");
  }
}
