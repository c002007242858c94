package jp.mamori.modeling;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * The deployment gate inside the engine: runs before the engine's own deployers parse the resources, on exactly the
 * bytes they will parse, whichever way the deployment came (REST create or redeploy, Cockpit, the Java API, the
 * start-up deployment). A refusal throws, so the deployment's transaction rolls back and nothing is stored.
 *
 * <p>The engine also calls its deployers when it loads an earlier deployment into its cache (after a restart); that
 * deployment was admitted when it was made and is not checked again, so running cases keep working.
 */
final class GateDeployer implements Deployer {

  private final Supplier<DeploymentGate> gate;
  private final BooleanSupplier personDeploying;

  GateDeployer(Supplier<DeploymentGate> gate, BooleanSupplier personDeploying) {
    this.gate = gate;
    this.personDeploying = personDeploying;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    Map<String, byte[]> resources = new LinkedHashMap<>();
    for (Map.Entry<String, ResourceEntity> resource : deployment.getResources().entrySet()) {
      resources.put(resource.getKey(), resource.getValue().getBytes());
    }
    GateScope scope = personDeploying.getAsBoolean() ? GateScope.EVERYTHING : GateScope.CODE_ONLY;
    List<GateProblem> problems = gate.get().check(resources, scope);
    if (!problems.isEmpty()) {
      throw new DeploymentGateException(problems);
    }
  }
}
