package jp.mamori.modeling;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The start-up deployment from processes/ and forms/ goes to the engine directly, not through REST: it is part of
 * the release, and the build's test (ShippedModelsTest) holds it to the gate. At start the same check runs once more
 * and reports what it finds in the log, without stopping the hospital's system for a model problem (ADR 0006).
 */
@Component
class StartupModelCheck implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(StartupModelCheck.class);

  private final SpringProcessEngineConfiguration configuration;
  private final DeploymentGate gate;

  StartupModelCheck(SpringProcessEngineConfiguration configuration, DeploymentGate gate) {
    this.configuration = configuration;
    this.gate = gate;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (configuration.getDeploymentResources() == null) {
      return;
    }
    Map<String, byte[]> resources = new LinkedHashMap<>();
    for (Resource resource : configuration.getDeploymentResources()) {
      try (InputStream in = resource.getInputStream()) {
        resources.put(resource.getFilename(), in.readAllBytes());
      }
    }
    List<GateProblem> problems = gate.check(resources);
    if (!problems.isEmpty()) {
      LOG.warn("Models deployed at start-up do not pass the deployment gate:\n{}",
          GateRefusal.message(problems, Locale.ENGLISH));
    }
  }
}
