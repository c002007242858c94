package jp.mamori.modeling;

import jp.mamori.process.PersonsCommandRule;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;
import org.springframework.stereotype.Component;

/**
 * A person moves running cases to another version on the versions page only (ADR 0061). The page maps every step to
 * the step of the same id in a later version of the same procedure, shows what cannot move first, writes nothing into
 * the cases and records each move with its reason. The engine's migration API, which the page calls as the person so
 * that the engine's log names them, accepts any plan from whoever holds the right to migrate: over {@code /engine-rest}
 * a process owner could move a case from 「届出の審査」 to 「総括個人情報管理者の承認」 of the same version, past the
 * review of 第12条3, or set the case's variables with the plan's {@code variables}, past every form. So a migration
 * by a person on any other channel — REST, the Java API with a login, a batch — is refused before the engine starts
 * it; a migration by the system (a batch's jobs, no person acting) is the engine's.
 *
 * <p>Like the other engine plugins it uses the engine's {@code impl} configuration (an exception to ADR 0001).
 */
@Component
class MigrationsOnTheVersionsPage extends AbstractProcessEnginePlugin {

  static final String ELSEWHERE = "versions.error.elsewhere";

  private static final ThreadLocal<Boolean> PAGE_AT_WORK = new ThreadLocal<>();

  /** Runs the versions page's own migration, the one a person may make. */
  static void run(Runnable migration) {
    PAGE_AT_WORK.set(Boolean.TRUE);
    try {
      migration.run();
    } finally {
      PAGE_AT_WORK.remove();
    }
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    PersonsCommandRule.install(configuration, new PersonsCommandRule(configuration) {
      @Override
      protected <T> T asked(Authentication person, Command<T> command) {
        if (command instanceof AbstractMigrationCmd && PAGE_AT_WORK.get() == null) {
          throw new ActionRefused(ELSEWHERE);
        }
        return next.execute(command);
      }
    });
  }
}
