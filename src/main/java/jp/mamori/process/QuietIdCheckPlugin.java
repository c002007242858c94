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
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * An entity's id is checked on insert without writing the whole entity out first (issue 18).
 *
 * <p>Before every insert the engine makes sure the id is not the reserved {@code *}, and it builds the refusal's
 * message — {@code "Entity " + entity + " has an invalid id"}, every field of the entity through its
 * {@code toString} — before the check, for every row it inserts: a variable, its history and details, an activity
 * instance, a job. Under load that was about 3 % of a case's CPU. Here the message is built only when the id is
 * refused, so the check, the refusal and its message stay the engine's own.
 *
 * <p>{@code mamori.process.quiet-id-check: false} leaves the engine's entity manager as it comes. Like the other
 * engine plugins it uses the engine's {@code impl} configuration (an exception to ADR 0001).
 */
@Component
@ConditionalOnProperty(name = "mamori.process.quiet-id-check", matchIfMissing = true)
class QuietIdCheckPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomSessionFactories(
        EngineLists.plus(configuration.getCustomSessionFactories(), new Factory(configuration)));
  }

  /** The engine's entity manager factory, opening {@link QuietIdCheck}s; the id generator is the engine's own. */
  static class Factory extends DbEntityManagerFactory {

    private final ProcessEngineConfigurationImpl configuration;

    Factory(ProcessEngineConfigurationImpl configuration) {
      super(null);
      this.configuration = configuration;
    }

    @Override
    public DbEntityManager openSession() {
      // the generator is set up after the plugins' preInit, so it is read when a command opens its session
      return new QuietIdCheck(configuration.getIdGenerator(),
          Context.getCommandContext().getSession(PersistenceSession.class));
    }
  }

  /** The engine's entity manager with the id check's message built only for an id it refuses. */
  static class QuietIdCheck extends DbEntityManager {

    QuietIdCheck(IdGenerator idGenerator, PersistenceSession persistenceSession) {
      super(idGenerator, persistenceSession);
    }

    @Override
    protected void validateId(DbEntity entity) {
      String id = entity.getId();
      if (id == null || Authorization.ANY.equals(id)) {
        super.validateId(entity);
      }
    }
  }
}
