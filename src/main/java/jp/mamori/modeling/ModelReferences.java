package jp.mamori.modeling;

import jp.mamori.web.ModelBean;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import jp.mamori.organization.Role;
import jp.mamori.security.PatientDataProcedures;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * What a model may name: the model beans ({@link ModelBean}) and the groups of the identity service. The identity
 * service is looked up only when a group is checked: the gate also runs while the engine deploys the start-up
 * models, before the engine's services exist as beans.
 */
@Component
class ModelReferences {

  private static final String OWN_PACKAGE = "jp.mamori.";

  private final ApplicationContext context;
  private final ModelBeanMap modelBeans;
  private final ObjectProvider<IdentityService> identityService;
  private final ObjectProvider<PatientDataProcedures> patientData;

  ModelReferences(ApplicationContext context, ObjectProvider<IdentityService> identityService,
      ObjectProvider<PatientDataProcedures> patientData) {
    this.context = context;
    this.modelBeans = new ModelBeanMap(context);
    this.identityService = identityService;
    this.patientData = patientData;
  }

  /** Whether the deployed procedure of this key holds patient data (asked when a person deploys a new version). */
  boolean holdsPatientData(String processKey) {
    return patientData.getObject().heldBy(processKey);
  }

  /** A bean models may call; the engine's expression manager sees the same set. */
  boolean isModelBean(String name) {
    return modelBeans.containsKey(name);
  }

  /** Any other bean of the context: the data source, the environment, the engine's services, ... */
  boolean isOtherBean(String name) {
    return context.containsBean(name) && !isModelBean(name);
  }

  /**
   * Whether a model may read or call {@code member} of a model bean: a public method of the app's own classes
   * ({@code member}, {@code getMember}, {@code isMember}) — never one inherited from {@code Object} or added by a
   * proxy ({@code getClass}, {@code getTargetSource}, ...).
   */
  boolean isModelBeanMember(String bean, String member) {
    Class<?> type = context.getType(bean);
    if (type == null) {
      return false;
    }
    String capitalized = member.isEmpty() ? member : Character.toUpperCase(member.charAt(0)) + member.substring(1);
    Set<String> names = Set.of(member, "get" + capitalized, "is" + capitalized);
    return Arrays.stream(ClassUtils.getUserClass(type).getMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
        .filter(m -> names.contains(m.getName()))
        .anyMatch(ModelReferences::declaredByTheApp);
  }

  private static boolean declaredByTheApp(Method method) {
    return method.getDeclaringClass().getName().startsWith(OWN_PACKAGE);
  }

  /**
   * A group of the identity service. The roles always count: they are created at every start, after the
   * start-up deployment. The gate runs inside the engine's deployment, where the engine checks no authorizations,
   * so a process owner need not be allowed to read the group list to name a group.
   */
  boolean isKnownGroup(String groupId) {
    if (Arrays.stream(Role.values()).anyMatch(r -> r.groupId().equals(groupId))) {
      return true;
    }
    return identityService.getObject().createGroupQuery().groupId(groupId).count() > 0;
  }
}
