package jp.mamori.security;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
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
  private static final Map<Class<?>, Field> FIELDS = new java.util.concurrent.ConcurrentHashMap<>();

  private final ObjectProvider<PatientDataProcedures> patientData;

  ContentBesideVariablesPlugin(ObjectProvider<PatientDataProcedures> patientData) {
    this.patientData = patientData;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptors.add(new NotesCheck(configuration, patientData));
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  /** Where a note belongs: a task still open, or a case (an ended task counts as its case). */
  private record Owner(String definitionId, String openTaskId, String processInstanceId) {}

  private static final class NotesCheck extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;
    private final ObjectProvider<PatientDataProcedures> patientData;

    NotesCheck(ProcessEngineConfigurationImpl configuration, ObjectProvider<PatientDataProcedures> patientData) {
      this.configuration = configuration;
      this.patientData = patientData;
    }

    @Override
    public <T> T execute(Command<T> command) {
      Authentication person = configuration.getIdentityService().getCurrentAuthentication();
      if (person == null || person.getUserId() == null) {
        return next.execute(command);
      }
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
      Owner owner = BY_TASK.contains(command.getClass()) ? ofTask(read(command, "taskId"))
          : BY_CASE.contains(command.getClass()) ? ofCase(read(command, "processInstanceId"))
          : BY_ATTACHMENT.contains(command.getClass()) ? ofAttachment(read(command, "attachmentId")) : null;
      if (owner != null && owner.definitionId() != null
          && patientData.getObject().holdsPatientData(owner.definitionId()) && !mayRead(person, owner)) {
        throw new ActionRefused(NEED_TO_KNOW);
      }
      return next.execute(command);
    }

    private void withoutUnreadableContent(Authentication person, Object decision) {
      if (decision instanceof HistoricDecisionInstanceEntity evaluated && evaluated.getProcessDefinitionId() != null
          && patientData.getObject().holdsPatientData(evaluated.getProcessDefinitionId())
          && !mayRead(person, new Owner(evaluated.getProcessDefinitionId(), null,
              evaluated.getProcessInstanceId()))) {
        evaluated.setInputs(List.of());
        evaluated.setOutputs(List.of());
      }
    }

    private boolean mayRead(Authentication person, Owner owner) {
      AuthorizationService authorizations = configuration.getAuthorizationService();
      String user = person.getUserId();
      List<String> roles = person.getGroupIds() == null ? List.of() : person.getGroupIds();
      String key = configuration.getCommandExecutorTxRequired().execute(context -> context
          .getProcessEngineConfiguration().getDeploymentCache()
          .findDeployedProcessDefinitionById(owner.definitionId()).getKey());
      if (owner.openTaskId() != null) {
        return authorizations.isUserAuthorized(user, roles, TaskPermissions.READ_VARIABLE, Resources.TASK,
            owner.openTaskId())
            || authorizations.isUserAuthorized(user, roles, ProcessDefinitionPermissions.READ_TASK_VARIABLE,
                Resources.PROCESS_DEFINITION, key);
      }
      return authorizations.isUserAuthorized(user, roles, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE,
          Resources.PROCESS_DEFINITION, key)
          || authorizations.isUserAuthorized(user, roles, HistoricProcessInstancePermissions.READ,
              Resources.HISTORIC_PROCESS_INSTANCE, owner.processInstanceId());
    }

    private Owner ofTask(String taskId) {
      return configuration.getCommandExecutorTxRequired().execute(context -> {
        TaskEntity open = context.getTaskManager().findTaskById(taskId);
        if (open != null) {
          return new Owner(open.getProcessDefinitionId(), open.getId(), open.getProcessInstanceId());
        }
        HistoricTaskInstance ended = context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
        return ended == null ? null : new Owner(ended.getProcessDefinitionId(), null, ended.getProcessInstanceId());
      });
    }

    private Owner ofCase(String processInstanceId) {
      return configuration.getCommandExecutorTxRequired().execute(context -> {
        HistoricProcessInstanceEntity instance = context.getHistoricProcessInstanceManager()
            .findHistoricProcessInstance(processInstanceId);
        return instance == null ? null : new Owner(instance.getProcessDefinitionId(), null, processInstanceId);
      });
    }

    private Owner ofAttachment(String attachmentId) {
      AttachmentEntity attachment = configuration.getCommandExecutorTxRequired().execute(context ->
          context.getDbEntityManager().selectById(AttachmentEntity.class, attachmentId));
      if (attachment == null) {
        return null;
      }
      return attachment.getTaskId() != null ? ofTask(attachment.getTaskId())
          : attachment.getProcessInstanceId() != null ? ofCase(attachment.getProcessInstanceId()) : null;
    }

    private static String read(Command<?> command, String name) {
      Field field = FIELDS.computeIfAbsent(command.getClass(), type -> {
        try {
          Field found = type.getDeclaredField(name);
          found.setAccessible(true);
          return found;
        } catch (NoSuchFieldException e) {
          throw new IllegalStateException("the engine's " + type.getSimpleName() + " has no " + name, e);
        }
      });
      try {
        return (String) field.get(command);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("the engine's " + command.getClass().getSimpleName() + " changed", e);
      }
    }
  }
}
