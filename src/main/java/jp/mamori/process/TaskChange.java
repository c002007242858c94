package jp.mamori.process;

import java.util.Optional;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/** Who changes a task in the engine's command under way: a person, or the models and the application themselves. */
final class TaskChange {

  private TaskChange() {
  }

  /**
   * The person acting (the engine's authentication, set from the login on every channel) when one changes a task that
   * was there before this command; empty when no person acts or the task was just created (the model's doing).
   */
  static Optional<Authentication> byPerson(TaskEntity task) {
    return personActing().filter(actor -> !isNew(Context.getCommandContext().getDbEntityManager(), task));
  }

  /** The person acting in the engine's command under way (the engine's authentication), if one is. */
  static Optional<Authentication> personActing() {
    CommandContext command = Context.getCommandContext();
    Authentication actor = command == null ? null : command.getAuthentication();
    return actor == null || actor.getUserId() == null ? Optional.empty() : Optional.of(actor);
  }

  /** Made in this command: a new ("transient") entry of the engine's entity cache. */
  static boolean isNew(DbEntityManager entities, DbEntity entity) {
    CachedDbEntity cached = entities.getDbEntityCache().getCachedEntity(entity);
    return cached != null && cached.getEntityState() == DbEntityState.TRANSIENT;
  }
}
