package jp.mamori.security;

import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A task created in this command has no authorizations in the database yet, so the engine does not look for them
 * (issue 18).
 *
 * <p>When a task gets its role (candidate group) or its assignee, the engine grants that role or person the task and
 * its history (need-to-know, ADR 0007) — and first asks the database whether such a grant already exists, to add to
 * it: a query per grant, four per new-purpose case. For a task made in the same command the answer is always no (its
 * id is new and nothing is written before the command ends); grants made earlier in the same command are still
 * merged by the engine from its cache. For every other task (a role added later, in Tasklist or over REST) the engine
 * asks as before.
 *
 * <p>{@code mamori.security.new-task-authorizations: false} leaves the engine's provider as it comes.
 *
 * <p>Like the other engine plugins it uses the engine's {@code impl} configuration (an exception to ADR 0001).
 */
@Component
@ConditionalOnProperty(name = "mamori.security.new-task-authorizations", matchIfMissing = true)
class NewTaskAuthorizationsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getResourceAuthorizationProvider() == null) {
      configuration.setResourceAuthorizationProvider(new NewTaskAuthorizationProvider());
    }
  }

  /** The engine's default provider, without the lookup of a new task's existing grants. */
  static class NewTaskAuthorizationProvider extends DefaultAuthorizationProvider {

    @Override
    protected AuthorizationEntity getGrantAuthorizationByUserId(String userId, Resource resource, String resourceId) {
      return newTask(resource, resourceId) ? null : super.getGrantAuthorizationByUserId(userId, resource, resourceId);
    }

    @Override
    protected AuthorizationEntity getGrantAuthorizationByGroupId(String groupId, Resource resource,
        String resourceId) {
      return newTask(resource, resourceId) ? null
          : super.getGrantAuthorizationByGroupId(groupId, resource, resourceId);
    }

    private static boolean newTask(Resource resource, String taskId) {
      CommandContext command = Context.getCommandContext();
      if (command == null || !isTask(resource)) {
        return false;
      }
      DbEntityManager entities = command.getDbEntityManager();
      TaskEntity task = entities.getCachedEntity(TaskEntity.class, taskId);
      return task != null && entities.getDbEntityCache().isTransient(task);
    }

    private static boolean isTask(Resource resource) {
      return resource.resourceType() == Resources.TASK.resourceType()
          || resource.resourceType() == Resources.HISTORIC_TASK.resourceType();
    }
  }
}
