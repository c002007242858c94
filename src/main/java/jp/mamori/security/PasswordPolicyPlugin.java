package jp.mamori.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Puts the password policy into the engine ({@link MamoriPasswordPolicy}) and turns the engine's own lock-out
 * off, since {@link LoginThrottle} throttles instead (ADR 0026): the engine would lock an account for good after
 * ten wrong passwords, until an administrator unlocks it — anyone could lock out the director. Like the deployment
 * gate's plugin, it uses the engine's {@code impl} configuration (an exception to ADR 0001).
 */
@Component
class PasswordPolicyPlugin extends AbstractProcessEnginePlugin {

  private final int minLength;
  private final boolean demo;

  PasswordPolicyPlugin(@Value("${mamori.security.password-policy.min-length:12}") int minLength,
      @Value("${mamori.demo.enabled:false}") boolean demo) {
    if (minLength < 8) {
      throw new IllegalStateException("mamori.security.password-policy.min-length must be at least 8");
    }
    this.minLength = minLength;
    this.demo = demo;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnablePasswordPolicy(true);
    configuration.setPasswordPolicy(new MamoriPasswordPolicy(minLength, CommonPasswordRule.fromClasspath(),
        demo ? "demo" : null));
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // never a permanent lock, and no engine delay on top of the application's throttle
    configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
    configuration.setLoginDelayBase(0);
  }
}
