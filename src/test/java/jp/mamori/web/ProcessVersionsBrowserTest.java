package jp.mamori.web;

import static jp.mamori.web.Pages.messages;
import static jp.mamori.web.Pages.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import jp.mamori.testing.Browser;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Rest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The process owner's versions page through the real UI: two versions deployed from the "Modeler" (REST), the
 * diagram of each drawn by bpmn-js in the browser, the migration check showing the case that cannot move, and the
 * migration of the one that can. Screenshots under target/screenshots/ProcessVersionsBrowserTest/.
 */
class ProcessVersionsBrowserTest extends IntegrationTest {

  private static final String KEY = "versionSample";

  @RegisterExtension
  static final Browser browser = new Browser();

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  private final String deploymentPrefix = "versions-browser-" + UUID.randomUUID() + "-";

  @AfterEach
  void removeOwnDeployments() {
    repositoryService.createDeploymentQuery().deploymentNameLike(deploymentPrefix + "%").list()
        .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
  }

  @Test
  void modelerSeesEachVersionsDiagramAndMigratesRunningCases() {
    ProcessDefinition v1 = deploy("version-sample-v1.bpmn");
    runtimeService.startProcessInstanceByKey(KEY, "VS-B-PREPARE");
    String checking = runtimeService.startProcessInstanceByKey(KEY, "VS-B-CHECK").getId();
    taskService.complete(taskService.createTaskQuery().processInstanceId(checking).singleResult().getId());
    ProcessDefinition v2 = deploy("version-sample-v2.bpmn");

    browser.login("modeler");
    browser.find(By.id("navVersions")).click();
    browser.waitForUrl("/versions.xhtml");
    assertThat(browser.bodyText()).contains("プロセスの版の管理", "版の試験", KEY);
    browser.screenshot("procedures");

    browser.find(By.xpath("//a[normalize-space()='版の試験']")).click();
    browser.waitForUrl("key=" + KEY);
    waitForDiagram();
    assertThat(diagramElement("Task_Approve")).as("v2 is shown first").isTrue();
    assertThat(diagramElement("Task_Check")).isFalse();
    assertThat(browser.bodyText()).contains("v" + v1.getVersion(), "v" + v2.getVersion(), "小林 聡");
    browser.fullPageScreenshot("versions-newest");

    browser.find(By.xpath("//tr[td/span[normalize-space()='v" + v1.getVersion() + "']]//a[normalize-space()='図を表示']"))
        .click();
    browser.waitForUrl("definition=");
    waitForDiagram();
    assertThat(diagramElement("Task_Check")).as("v1 has the check").isTrue();
    assertThat(browser.find(By.cssSelector(".waiting-badge[data-activity-id='Task_Prepare']")).getText()).isEqualTo("1");
    assertThat(browser.find(By.cssSelector(".waiting-badge[data-activity-id='Task_Check']")).getText()).isEqualTo("1");
    assertThat(browser.find(By.id("diagramTitle")).getText()).endsWith("v" + v1.getVersion());
    browser.fullPageScreenshot("diagram-v1");

    Pages.selectOneMenu(browser, browser.find(By.id("migrationForm:source")),
        "v" + v1.getVersion() + " (実行中 2)");
    Pages.selectOneMenu(browser, browser.find(By.id("migrationForm:target")), "v" + v2.getVersion());
    post(browser, By.id("migrationForm:check"), "migration check");
    browser.waitForText("移行の確認結果");
    assertThat(browser.find(By.id("migrationForm:unmapped")).getText()).contains("点検", "Task_Check");
    assertThat(browser.find(By.id("migrationForm:blocked")).getText()).contains("VS-B-CHECK")
        .doesNotContain("VS-B-PREPARE");
    assertThat(browser.find(By.id("migratableCount")).getText()).endsWith("1");
    browser.fullPageScreenshot("migration-check");

    browser.find(By.id("migrationForm:reason")).sendKeys("点検を院長の承認に置き換えたため");
    post(browser, By.id("migrationForm:migrate"), "migrate");
    browser.waitForText("移行しました");
    assertThat(messages(browser)).contains("1 件の案件を v" + v1.getVersion() + " から v" + v2.getVersion());
    waitForDiagram();
    browser.fullPageScreenshot("migrated");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionId(v2.getId()).count()).isEqualTo(1);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionId(v1.getId()).count()).isEqualTo(1);
    assertThat(browser.consoleErrors()).as("script errors or CSP refusals").isEmpty();

    browser.logout();
    browser.login("nurse");
    assertThat(browser.findAll(By.id("navVersions"))).isEmpty();
    browser.open("/versions.xhtml");
    assertThat(browser.bodyText()).doesNotContain("版の試験");
  }

  private void waitForDiagram() {
    browser.waitFor("bpmn-js to draw the diagram", d -> "true".equals(
        browser.find(By.id("diagram")).getAttribute("data-rendered")));
    Number shapes = (Number) browser.script(
        "return document.querySelectorAll('#diagram svg .djs-element.djs-shape').length;");
    assertThat(shapes.intValue()).as("shapes drawn").isGreaterThanOrEqualTo(4);
  }

  private boolean diagramElement(String id) {
    return !browser.findAll(By.cssSelector("#diagram svg [data-element-id='" + id + "']")).isEmpty();
  }

  private ProcessDefinition deploy(String file) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("deployment-name", deploymentPrefix + file);
    fields.put("deploy-changed-only", "true");
    fields.put("deployment-source", "Camunda Modeler");
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(file, fixture(file));
    files.put("gate-sample.form", fixture("gate-sample.form"));
    HttpResponse<String> response = Rest.as(browser.baseUrl(), "modeler", "demo")
        .postMultipart("/deployment/create", fields, files);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return repositoryService.createProcessDefinitionQuery()
        .deploymentId(Rest.json(response).path("id").asText()).singleResult();
  }

  private static byte[] fixture(String name) {
    try (InputStream in = ProcessVersionsBrowserTest.class.getResourceAsStream("/modeling/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
