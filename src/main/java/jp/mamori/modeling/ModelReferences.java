package jp.mamori.modeling;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mamori.organization.Role;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/** What a model may name: the app's own beans and the groups of the identity service. */
@Component
class ModelReferences {

  /** {@code ${bean}}, {@code ${bean.method(..)}}, {@code ${bean.property}}: the root identifier is the bean. */
  private static final Pattern BEAN_EXPRESSION =
      Pattern.compile("^\\s*[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(?:[.\\[(].*)?}\\s*$", Pattern.DOTALL);
  private static final String OWN_PACKAGE = "jp.mamori.";

  private final ApplicationContext context;
  private final IdentityService identityService;

  ModelReferences(ApplicationContext context, IdentityService identityService) {
    this.context = context;
    this.identityService = identityService;
  }

  /** The bean an expression calls, if it has the shape {@code ${name...}}. */
  static Optional<String> rootOf(String expression) {
    Matcher matcher = BEAN_EXPRESSION.matcher(expression == null ? "" : expression);
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  static boolean isExpression(String value) {
    return value != null && (value.contains("${") || value.contains("#{"));
  }

  /**
   * A bean of this application. The engine could reach every bean of the context (its own services, the data
   * source, ...); models may call only the app's glue, which is written and reviewed as code.
   */
  boolean isKnownBean(String name) {
    if (!context.containsBean(name)) {
      return false;
    }
    Class<?> type = context.getType(name);
    return type != null && ClassUtils.getUserClass(type).getName().startsWith(OWN_PACKAGE);
  }

  /**
   * A group of the identity service. The roles always count: they are created at every start, after the
   * start-up deployment. The gate runs as the application (see {@link DeploymentGateFilter}), so a process owner
   * need not be allowed to read the group list to name a group.
   */
  boolean isKnownGroup(String groupId) {
    if (Arrays.stream(Role.values()).anyMatch(r -> r.groupId().equals(groupId))) {
      return true;
    }
    return identityService.createGroupQuery().groupId(groupId).count() > 0;
  }
}
