package jp.mamori.process;

import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.task.IdentityLink;

/** The roles and people a task is offered to, as they stand inside the engine's command that changes them. */
final class TaskPeople {

  private TaskPeople() {
  }

  /** A link removed in this command stays among the task's links until the command ends, marked for deletion. */
  static Stream<IdentityLink> candidates(DelegateTask task) {
    DbEntityManager entities = Context.getCommandContext().getDbEntityManager();
    return task.getCandidates().stream()
        .filter(link -> !(link instanceof DbEntity entity && entities.isDeleted(entity)));
  }
}
