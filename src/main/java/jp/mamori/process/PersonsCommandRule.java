package jp.mamori.process;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * A rule on what a person asks of the engine, looked at before the engine runs the command (ADR 0061–0064): the
 * person is the identity service's, as the command's context will take it from the login on every channel; the
 * application's own commands (no person) pass untouched. Installed in the engine's chain before its transaction.
 */
public abstract class PersonsCommandRule extends CommandInterceptor {

  private static final Map<String, Field> FIELDS = new ConcurrentHashMap<>();

  protected final ProcessEngineConfigurationImpl configuration;

  protected PersonsCommandRule(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  /** Puts the rule into the engine's chain of commands that run in a transaction. */
  public static void install(ProcessEngineConfigurationImpl configuration, PersonsCommandRule rule) {
    configuration.setCustomPreCommandInterceptorsTxRequired(
        EngineLists.plus(configuration.getCustomPreCommandInterceptorsTxRequired(), rule));
  }

  @Override
  public final <T> T execute(Command<T> command) {
    Authentication person = configuration.getIdentityService().getCurrentAuthentication();
    return person == null || person.getUserId() == null ? next.execute(command) : asked(person, command);
  }

  /** A person's command: refuse it, or run it ({@code next.execute}), perhaps changing its answer. */
  protected abstract <T> T asked(Authentication person, Command<T> command);

  /** The procedure version and the case something belongs to. */
  public record Belonging(String definitionId, String processInstanceId) {}

  /** Where an open task belongs; null when no task of that id is open. */
  protected Belonging openTask(String taskId) {
    return lookup(context -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      return task == null ? null : new Belonging(task.getProcessDefinitionId(), task.getProcessInstanceId());
    });
  }

  /** Where a task, open or ended, belongs, from its history; null for an unknown id. */
  protected Belonging task(String taskId) {
    return lookup(context -> {
      HistoricTaskInstance task = context.getHistoricTaskInstanceManager().findHistoricTaskInstanceById(taskId);
      return task == null ? null : new Belonging(task.getProcessDefinitionId(), task.getProcessInstanceId());
    });
  }

  /** Where a case, running or ended, belongs; null for an unknown id. */
  protected Belonging caseOf(String processInstanceId) {
    return lookup(context -> {
      HistoricProcessInstanceEntity instance = context.getHistoricProcessInstanceManager()
          .findHistoricProcessInstance(processInstanceId);
      return instance == null ? null : new Belonging(instance.getProcessDefinitionId(), processInstanceId);
    });
  }

  /** A field of the engine's command that the rule needs ({@link CommandFields}), looked up once per class. */
  protected static Object field(Object command, String name) {
    return CommandFields.read(FIELDS.computeIfAbsent(command.getClass().getName() + "#" + name,
        key -> CommandFields.of(command.getClass(), name)), command);
  }

  /** The procedure (key) of a version; null for a version that does not exist. */
  protected String keyOf(String definitionId) {
    return lookup(context -> {
      ProcessDefinitionEntity definition = context.getProcessDefinitionManager().findLatestDefinitionById(definitionId);
      return definition == null ? null : definition.getKey();
    });
  }

  /** A read of the engine's own tables for the rule, without the person's checks. */
  protected <R> R lookup(Command<R> read) {
    return configuration.getCommandExecutorTxRequired().execute(read);
  }
}
