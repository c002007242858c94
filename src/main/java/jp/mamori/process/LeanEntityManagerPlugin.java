package jp.mamori.process;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManagerFactory;
import org.camunda.bpm.engine.impl.db.entitymanager.operation.DbOperation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The engine's entity manager with two costs of every case taken out, each behind its own switch (issue 18).
 *
 * <p><b>An inserted row's id is checked without writing the row out</b> ({@code mamori.process.quiet-id-check}).
 * Before every insert the engine makes sure the id is not the reserved {@code *}, and it builds the refusal's message
 * — {@code "Entity " + entity + " has an invalid id"}, every field of the entity through its {@code toString} —
 * before the check, for every row it inserts: a variable, its history and details, an activity instance, a job.
 * Under load that was about 3 % of a case's CPU. Here the message is built only when the id is refused, so the
 * check, the refusal and its message stay the engine's own.
 *
 * <p><b>A case's variables are deleted in one statement</b> ({@code mamori.process.variable-deletes-in-one}): see
 * {@link VariableDeletesInOne}.
 *
 * <p>Like the other engine plugins it uses the engine's {@code impl} configuration (an exception to ADR 0001).
 */
@Component
class LeanEntityManagerPlugin extends AbstractProcessEnginePlugin {

  private final boolean quietIdCheck;
  private final boolean variableDeletesInOne;

  LeanEntityManagerPlugin(@Value("${mamori.process.quiet-id-check:true}") boolean quietIdCheck,
      @Value("${mamori.process.variable-deletes-in-one:true}") boolean variableDeletesInOne) {
    this.quietIdCheck = quietIdCheck;
    this.variableDeletesInOne = variableDeletesInOne;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (quietIdCheck || variableDeletesInOne) {
      configuration.setCustomSessionFactories(
          EngineLists.plus(configuration.getCustomSessionFactories(), new Factory(configuration)));
    }
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (variableDeletesInOne) {
      VariableDeletesInOne.addStatement(configuration.getSqlSessionFactory().getConfiguration());
    }
  }

  /** The engine's entity manager factory, opening {@link LeanEntityManager}s; the id generator is the engine's. */
  class Factory extends DbEntityManagerFactory {

    private final ProcessEngineConfigurationImpl configuration;

    Factory(ProcessEngineConfigurationImpl configuration) {
      super(null);
      this.configuration = configuration;
    }

    @Override
    public DbEntityManager openSession() {
      // the generator is set up after the plugins' preInit, so it is read when a command opens its session
      return new LeanEntityManager(configuration.getIdGenerator(),
          Context.getCommandContext().getSession(PersistenceSession.class));
    }
  }

  /** The engine's entity manager with the switched-on changes. */
  class LeanEntityManager extends DbEntityManager {

    LeanEntityManager(IdGenerator idGenerator, PersistenceSession persistenceSession) {
      super(idGenerator, persistenceSession);
    }

    @Override
    protected void validateId(DbEntity entity) {
      String id = entity.getId();
      if (!quietIdCheck || id == null || Authorization.ANY.equals(id)) {
        super.validateId(entity);
      }
    }

    @Override
    protected void flushEntityCache() {
      super.flushEntityCache();
      if (variableDeletesInOne) {
        VariableDeletesInOne.merge(dbOperationManager);
      }
    }

    @Override
    protected boolean canIgnoreHistoryModificationFailure(DbOperation operation) {
      // the engine asks this of a failed single-row operation only; a variable is not history, so the answer for
      // the variables' one statement is the engine's answer for each of them
      return !(operation instanceof VariableDeletesInOne.CountedDelete)
          && super.canIgnoreHistoryModificationFailure(operation);
    }
  }
}
