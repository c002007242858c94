package jp.mamori.security;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;

/**
 * The password policy of the engine (ADR 0026), so the IdentityService, /engine-rest and Camunda Admin apply it:
 * at least {@code minLength} characters, not containing the user's id, names or e-mail, not a common password.
 * Where the demo organization is on, the demo password {@code demo} passes (the demo keeps it); production has no
 * demo organization.
 */
final class MamoriPasswordPolicy implements PasswordPolicy {

  private final List<PasswordPolicyRule> rules;

  MamoriPasswordPolicy(int minLength, CommonPasswordRule common, String allowedDemoPassword) {
    List<PasswordPolicyRule> own = List.of(new PasswordPolicyLengthRuleImpl(minLength),
        new PasswordPolicyUserDataRuleImpl(), common);
    this.rules = allowedDemoPassword == null ? own
        : own.stream().<PasswordPolicyRule>map(r -> new DemoPasswordAllowed(r, allowedDemoPassword)).toList();
  }

  @Override
  public List<PasswordPolicyRule> getRules() {
    return rules;
  }

  /** A rule that lets the demo's password through, and decides every other password as the rule does. */
  private record DemoPasswordAllowed(PasswordPolicyRule rule, String demoPassword) implements PasswordPolicyRule {

    @Override
    public String getPlaceholder() {
      return rule.getPlaceholder();
    }

    @Override
    public Map<String, String> getParameters() {
      return rule.getParameters();
    }

    @Override
    public boolean execute(String password) {
      return demoPassword.equals(password) || rule.execute(password);
    }

    @Override
    public boolean execute(String password, User user) {
      return demoPassword.equals(password) || rule.execute(password, user);
    }
  }
}
