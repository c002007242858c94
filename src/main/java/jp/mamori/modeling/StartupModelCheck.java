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
 * The start-up deployment from processes/ and forms/ is part of the release. The gate inside the engine
 * ({@link GateDeployer}) refuses it when it holds code a model may not hold, and the application does not start.
 * The rules on whether a model works in the app (roles, forms, diagram) are the build's (ShippedModelsTest); at start
 * they run once more and are reported in the log, without stopping the hospital's system (ADR 0006).
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
