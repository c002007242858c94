package jp.mamori.modeling;

import jp.mamori.web.ModelBean;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.spring.SpringBeansResolverFactory;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Puts the deployment gate and the model-bean allow-list into the engine (ADR 0006). The engine's plugin and
 * deployer interfaces are its one extension point for this, so this class and {@link GateDeployer} use
 * {@code org.camunda.bpm.engine.impl} types (an exception to ADR 0001, like the webapps' single sign-on).
 *
 * <ul>
 *   <li>{@link GateDeployer} runs before the engine's own deployers, on every deployment.</li>
 *   <li>The engine's expressions resolve the {@link ModelBean}s and no other bean: the Spring starter's expression
 *       manager would resolve every bean of the context.</li>
 *   <li>Scripts, which the gate refuses anyway, do not see the context's beans either.</li>
 * </ul>
 */
@Component
class DeploymentGatePlugin extends AbstractProcessEnginePlugin {

  private final ApplicationContext context;
  private final ObjectProvider<DeploymentGate> gate;

  DeploymentGatePlugin(ApplicationContext context, ObjectProvider<DeploymentGate> gate) {
    this.context = context;
    this.gate = gate;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> preDeployers = new ArrayList<>();
    if (configuration.getCustomPreDeployers() != null) {
      preDeployers.addAll(configuration.getCustomPreDeployers());
    }
    preDeployers.add(new GateDeployer(gate::getObject, () -> personDeploying(configuration)));
    configuration.setCustomPreDeployers(preDeployers);

    ModelBeanMap beans = new ModelBeanMap(context);
    configuration.setBeans(beans);
    // the Spring factory bean has already built an expression manager over the whole context: replace it
    configuration.setExpressionManager(new SpringExpressionManager(context, beans));
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getResolverFactories().removeIf(SpringBeansResolverFactory.class::isInstance);
  }

  /** REST, Cockpit and the app's pages deploy as the logged-in user; start-up and the app's own code as nobody. */
  private static boolean personDeploying(ProcessEngineConfigurationImpl configuration) {
    var authentication = configuration.getIdentityService().getCurrentAuthentication();
    return authentication != null && authentication.getUserId() != null;
  }
}
