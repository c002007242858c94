package jp.mamori.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mamori.testing.IntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;

/**
 * The models deployed at start-up from processes/ and forms/ (and the test samples): they pass the deployment gate,
 * so the gate never blocks our own models; and started again unchanged, they create no new version.
 */
class ShippedModelsTest extends IntegrationTest {

  @Autowired DeploymentGate gate;
  @Autowired RepositoryService repositoryService;
  @Autowired SpringProcessEngineConfiguration configuration;

  @Test
  void everyModelDeployedAtStartUpPassesTheGate() throws IOException {
    Map<String, byte[]> resources = new LinkedHashMap<>();
    for (Resource resource : configuration.getDeploymentResources()) {
      try (InputStream in = resource.getInputStream()) {
        resources.put(resource.getFilename(), in.readAllBytes());
      }
    }
    assertThat(resources.keySet()).contains("newPurposeAcquisition.bpmn", "annualAudit.bpmn",
        "acquisitionRule.dmn", "purpose-review.form", "sampleApproval.bpmn");

    List<GateProblem> problems = gate.check(resources);

    assertThat(problems).as(() -> GateRefusal.message(problems, Locale.ENGLISH)).isEmpty();
  }

  @Test
  void theSecurityProbeThatTheModelerDeploysPassesTheGate() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/security/securityProbe.bpmn")) {
      assertThat(gate.check(Map.of("securityProbe.bpmn", in.readAllBytes()))).isEmpty();
    }
  }

  /** What the next start of the app does with the same files: the engine finds them unchanged. */
  @Test
  void unchangedModelsCreateNoNewVersionAtTheNextStart() throws IOException {
    String name = configuration.getDeploymentName();
    List<Deployment> before = repositoryService.createDeploymentQuery().deploymentName(name).list();
    assertThat(before).hasSize(1);
    List<String> storedNames = repositoryService.getDeploymentResourceNames(before.get(0).getId());
    List<ProcessDefinition> latestBefore = repositoryService.createProcessDefinitionQuery().latestVersion().list();

    DeploymentBuilder again = repositoryService.createDeployment().name(name)
        .enableDuplicateFiltering(configuration.isDeployChangedOnly());
    List<InputStream> streams = new ArrayList<>();
    for (Resource resource : configuration.getDeploymentResources()) {
      InputStream in = resource.getInputStream();
      streams.add(in);
      again.addInputStream(storedName(storedNames, resource.getFilename()), in);
    }
    again.deploy();
    for (InputStream in : streams) {
      in.close();
    }

    assertThat(repositoryService.createDeploymentQuery().deploymentName(name).count()).isEqualTo(1);
    assertThat(repositoryService.createProcessDefinitionQuery().latestVersion().list())
        .extracting(ProcessDefinition::getId)
        .containsExactlyInAnyOrderElementsOf(latestBefore.stream().map(ProcessDefinition::getId).toList());
  }

  /** The engine names start-up resources by their location; the file name identifies them. */
  private static String storedName(List<String> storedNames, String fileName) {
    return storedNames.stream().filter(n -> n.equals(fileName) || n.endsWith("/" + fileName)
        || n.endsWith("\\" + fileName)).findFirst()
        .orElseThrow(() -> new AssertionError(fileName + " not in the start-up deployment: " + storedNames));
  }
}
