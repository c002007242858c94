package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import jp.mamori.testing.Browser;
import jp.mamori.testing.IntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case started from Camunda Tasklist's start form, checklist included (ADR 0003, ADR 0043): Tasklist sends the
 * checklist as Camunda's {@code Json} type; the form rule reads it as its list and the case keeps it as the app's
 * JSON list, which Tasklist and the app read back. Screenshots under target/screenshots/TasklistStartFormBrowserTest/.
 */
class TasklistStartFormBrowserTest extends IntegrationTest {

  @RegisterExtension
  static final Browser browser = new Browser();

  @Autowired RuntimeService runtimeService;

  @Test
  void aStartFormWithAChecklistStartsTheCaseAndKeepsTheListAsJson() {
    String title = "Tasklistからの申請 " + UUID.randomUUID();
    browser.login("nurse");
    browser.open("/camunda/app/tasklist/default/");
    browser.find(By.xpath("//a[normalize-space() = 'プロセスを開始']")).click();
    // Tasklist may draw the list of procedures again once it has loaded: a click on the first drawing is lost (seen
    // once under load), so the procedure is clicked until its form shows
    By procedure = By.xpath("//a[contains(normalize-space(), 'サンプル承認(プラットフォーム試験用)')]");
    browser.find(procedure);
    browser.waitFor("the start form of サンプル承認", driver -> {
      if (driver.findElements(fieldOf("件名")).stream().anyMatch(WebElement::isDisplayed)) {
        return true;
      }
      driver.findElements(procedure).stream().filter(WebElement::isDisplayed).findFirst().ifPresent(link -> {
        try {
          link.click();
        } catch (WebDriverException drawnAgain) {
          // the next poll finds the link as drawn now
        }
      });
      return false;
    });

    input("件名").sendKeys(title);
    input("対象人数").sendKeys("3");
    field("部署").findElement(By.cssSelector(".fjs-select-display, input")).click();
    browser.find(By.xpath("//*[contains(@class, 'fjs-dropdownlist-item')][normalize-space() = '看護部']")).click();
    field("要配慮個人情報の種類").findElement(By.xpath(".//label[contains(normalize-space(), '遺伝')]")).click();
    browser.screenshot("start-form-filled");
    browser.find(By.xpath("//button[normalize-space() = '開始']")).click();
    browser.waitForText("プロセスが開始されました");

    ProcessInstance started = runtimeService.createProcessInstanceQuery().processDefinitionKey("sampleApproval")
        .variableValueEquals("title", title).singleResult();
    assertThat(started).isNotNull();
    assertThat(runtimeService.getVariable(started.getId(), "categories")).isEqualTo(List.of("genetic"));
    ObjectValue stored = runtimeService.getVariableTyped(started.getId(), "categories", false);
    assertThat(stored.getSerializationDataFormat()).isEqualTo("application/json");
    assertThat(runtimeService.getVariable(started.getId(), "personCount")).isEqualTo(3L);
  }

  private static WebElement field(String label) {
    return browser.find(fieldOf(label));
  }

  private static By fieldOf(String label) {
    return By.xpath("//div[contains(@class, 'fjs-form-field')][.//label[starts-with(normalize-space(), '" + label
        + "')]]");
  }

  private static WebElement input(String label) {
    return field(label).findElement(By.cssSelector("input, textarea"));
  }
}
