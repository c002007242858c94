package jp.mamori.security;

import java.util.List;
import java.util.Set;
import jp.mamori.process.PersonsCommandRule;
import jp.mamori.process.PersonsCommandRule.Belonging;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.HistoricDecisionInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetProcessInstanceCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentContentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskAttachmentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskCommentsCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskEventsCmd;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A case's comments, attachments and the inputs and results of its decision tables are its content, as its
 * variables are (ADR 0063). The engine lets whoever may see a task read its
 * comments and attachments, so an executive, who may see that a complaint exists but not what it says, read over REST
 * what the people on the case wrote on it. For a procedure holding patient data ({@link PatientDataProcedures}) a
 * person reads them only if they may read the case's variables: a task's through the task ({@code READ_VARIABLE}) or
 * the procedure ({@code READ_TASK_VARIABLE}); a case's or an ended task's through the procedure's history
 * ({@code READ_HISTORY_VARIABLE}) or the case itself (the per-case readers, {@link CaseReaders}). Otherwise 403
 * {@code case.error.notesNeedToKnow}. The app's case page reads them after its own check, as the system.
 *
 * <p>The decision history ({@code /history/decision-instance} with inputs or outputs, Cockpit's decision pages) showed
 * an executive a leak's count of people and its categories of data through 「報告対象事態の判定」's inputs: for a
 * procedure holding patient data, the inputs and outputs of its decisions are left out of the answer unless the
 * person reads the case's history as above; that the decision was taken, and when, stays visible.
 *
 * <p>A person does not attach files to a case: the app has no attachments, and a file would be content written past
 * every form (ADR 0060). Comments are the app's own (the task page) and stay.
 *
 * <p>Like the other engine plugins it uses the engine's {@code impl} classes (an exception to ADR 0001); the task,
 * case or attachment a command reads is in a protected field of the command, read here by reflection.
 */
@Component
class ContentBesideVariablesPlugin extends AbstractProcessEnginePlugin {

  static final String NEED_TO_KNOW = "case.error.notesNeedToKnow";
  static final String NO_ATTACHMENTS = "case.error.noAttachments";

  private static final Set<Class<?>> BY_TASK = Set.of(GetTaskCommentsCmd.class, GetTaskCommentCmd.class,
      GetTaskAttachmentsCmd.class, GetTaskAttachmentCmd.class, GetTaskAttachmentContentCmd.class,
      GetTaskEventsCmd.class);
  private static final Set<Class<?>> BY_CASE = Set.of(GetProcessInstanceCommentsCmd.class,
      GetProcessInstanceAttachmentsCmd.class);
  private static final Set<Class<?>> BY_ATTACHMENT = Set.of(GetAttachmentCmd.class, GetAttachmentContentCmd.class);

  private final ObjectProvider<PatientDataProcedures> patientData;

  ContentBesideVariablesPlugin(ObjectProvider<PatientDataProcedures> patientData) {
    this.patientData = patientData;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PersonsCommandRule.install(configuration, new NotesCheck(configuration, patientData));
  }

  private static final class NotesCheck extends PersonsCommandRule {

    private final ObjectProvider<PatientDataProcedures> patientData;

    NotesCheck(ProcessEngineConfigurationImpl configuration, ObjectProvider<PatientDataProcedures> patientData) {
      super(configuration);
      this.patientData = patientData;
    }

    @Override
    protected <T> T asked(Authentication person, Command<T> command) {
      if (command instanceof CreateAttachmentCmd) {
        throw new ActionRefused(NO_ATTACHMENTS);
      }
      if (command instanceof HistoricDecisionInstanceQueryImpl query
          && (query.isIncludeInput() || query.isIncludeOutputs())) {
        T decisions = next.execute(command);
        if (decisions instanceof List<?> list) {
          list.forEach(decision -> withoutUnreadableContent(person, decision));
        } else {
          withoutUnreadableContent(person, decisions);
        }
        return decisions;
      }
      String taskId = BY_TASK.contains(command.getClass()) ? (String) field(command, "taskId") : null;
      Belonging owner = taskId != null ? task(taskId)
          : BY_CASE.contains(command.getClass()) ? caseOf((String) field(command, "processInstanceId"))
          : BY_ATTACHMENT.contains(command.getClass()) ? ofAttachment((String) field(command, "attachmentId")) : null;
      if (owner != null && owner.definitionId() != null
          && patientData.getObject().holdsPatientData(owner.definitionId())
          && !mayRead(person, owner, taskId != null && openTask(taskId) != null ? taskId : null)) {
        throw new ActionRefused(NEED_TO_KNOW);
      }
      return next.execute(command);
    }

    private void withoutUnreadableContent(Authentication person, Object decision) {
      if (decision instanceof HistoricDecisionInstanceEntity evaluated && evaluated.getProcessDefinitionId() != null
          && patientData.getObject().holdsPatientData(evaluated.getProcessDefinitionId())
          && !mayRead(person, new Belonging(evaluated.getProcessDefinitionId(), evaluated.getProcessInstanceId()),
              null)) {
        evaluated.setInputs(List.of());
        evaluated.setOutputs(List.of());
      }
    }

    /** An open task's content through the task or the procedure; a case's through the history or the case. */
    private boolean mayRead(Authentication person, Belonging owner, String openTaskId) {
      AuthorizationService authorizations = configuration.getAuthorizationService();
      String user = person.getUserId();
      List<String> roles = person.getGroupIds() == null ? List.of() : person.getGroupIds();
      String key = keyOf(owner.definitionId());
      if (openTaskId != null) {
        return authorizations.isUserAuthorized(user, roles, TaskPermissions.READ_VARIABLE, Resources.TASK, openTaskId)
            || authorizations.isUserAuthorized(user, roles, ProcessDefinitionPermissions.READ_TASK_VARIABLE,
                Resources.PROCESS_DEFINITION, key);
      }
      return authorizations.isUserAuthorized(user, roles, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE,
          Resources.PROCESS_DEFINITION, key)
          || authorizations.isUserAuthorized(user, roles, HistoricProcessInstancePermissions.READ,
              Resources.HISTORIC_PROCESS_INSTANCE, owner.processInstanceId());
    }

    private Belonging ofAttachment(String attachmentId) {
      AttachmentEntity attachment = lookup(context ->
          context.getDbEntityManager().selectById(AttachmentEntity.class, attachmentId));
      if (attachment == null) {
        return null;
      }
      return attachment.getTaskId() != null ? task(attachment.getTaskId())
          : attachment.getProcessInstanceId() != null ? caseOf(attachment.getProcessInstanceId()) : null;
    }
  }
}
