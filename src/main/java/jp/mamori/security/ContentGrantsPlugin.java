package jp.mamori.security;

import jp.mamori.process.PersonsCommandRule;
import jp.mamori.process.PersonsCommandRule.Belonging;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The content of procedures holding patient data is opened by the application only (ADR 0064): the task's people get
 * it from the engine, a case's readers from the case's glue ({@link CaseReaders}). A system administrator holds the
 * right to manage authorizations (Camunda Admin, {@code /authorization}), and granted herself the variables of every
 * complaint — and read the complainants' names. A person's grant that would open such content is refused, on every
 * channel: the variable rights on such a procedure or on all of them ({@code *}), a task's or a historic task's
 * variables, or a historic case of such a procedure or all of them. Every other grant stays the administrator's work.
 *
 * <p>Like the other engine plugins it uses the engine's {@code impl} classes (an exception to ADR 0001); the
 * authorization being saved is read by {@link SavedGrant}, a global one counting as a grant.
 */
@Component
class ContentGrantsPlugin extends AbstractProcessEnginePlugin {

  static final String REFUSED = "security.error.contentGrant";

  private final ObjectProvider<PatientDataProcedures> patientData;

  ContentGrantsPlugin(ObjectProvider<PatientDataProcedures> patientData) {
    this.patientData = patientData;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PersonsCommandRule.install(configuration, new GrantCheck(configuration, patientData));
  }

  private static final class GrantCheck extends PersonsCommandRule {

    private final ObjectProvider<PatientDataProcedures> patientData;

    GrantCheck(ProcessEngineConfigurationImpl configuration, ObjectProvider<PatientDataProcedures> patientData) {
      super(configuration);
      this.patientData = patientData;
    }

    @Override
    protected <T> T asked(Authentication person, Command<T> command) {
      if (SavedGrant.of(command).filter(this::opensPatientData).isPresent()) {
        throw new ActionRefused(REFUSED);
      }
      return next.execute(command);
    }

    private boolean opensPatientData(AuthorizationEntity grant) {
      String id = grant.getResourceId();
      int type = grant.getResourceType();
      if (type == Resources.PROCESS_DEFINITION.resourceType()) {
        return grants(grant, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE,
            ProcessDefinitionPermissions.READ_HISTORY_VARIABLE, ProcessDefinitionPermissions.READ_TASK_VARIABLE)
            && (Authorization.ANY.equals(id) || patientData.getObject().heldBy(id));
      }
      if (type == Resources.TASK.resourceType()) {
        return grants(grant, TaskPermissions.READ_VARIABLE) && ofPatientData(openTask(id), id);
      }
      if (type == Resources.HISTORIC_TASK.resourceType()) {
        return grants(grant, HistoricTaskPermissions.READ, HistoricTaskPermissions.READ_VARIABLE)
            && ofPatientData(task(id), id);
      }
      if (type == Resources.HISTORIC_PROCESS_INSTANCE.resourceType()) {
        return grants(grant, HistoricProcessInstancePermissions.READ) && ofPatientData(caseOf(id), id);
      }
      return false;
    }

    private boolean ofPatientData(Belonging belonging, String resourceId) {
      return Authorization.ANY.equals(resourceId)
          || belonging != null && patientData.getObject().holdsPatientData(belonging.definitionId());
    }

    private static boolean grants(AuthorizationEntity grant, Permission... permissions) {
      for (Permission permission : permissions) {
        if (grant.isPermissionGranted(permission)) {
          return true;
        }
      }
      return false;
    }
  }
}
