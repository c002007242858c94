package jp.mamori.process;

import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextFactory;
import org.springframework.stereotype.Component;

/**
 * A rule's refusal inside an engine command is logged as the user's request, not as a server error (ADR 0052).
 *
 * <p>The engine logs a command's exception at ERROR unless the exception itself is one it knows as the caller's
 * (a bad request, a lost race, a missing right), which it logs at debug. A procedure's listener or delegate that
 * refuses a decision ({@link ActionRefused}: "the extension needs a reason", "the contractor is gone") reaches it
 * wrapped by the engine, so every such refusal, answered correctly on every channel, was also an ERROR with a stack
 * trace for an operator who alerts on ERROR. Here the engine's own test is applied to each exception of the chain, and
 * an {@link ActionRefused} anywhere in it counts as the caller's too, in a user's command; a job's failure and
 * anything else are logged as before.
 *
 * <p>Like the other engine plugins it uses the engine's {@code impl} configuration (an exception to ADR 0001).
 */
@Component
class RefusalsLoggedAsRequestsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCommandContextFactory() == null) {
      CommandContextFactory factory = new RefusalAwareContextFactory();
      factory.setProcessEngineConfiguration(configuration);
      configuration.setCommandContextFactory(factory);
    }
  }

  static class RefusalAwareContextFactory extends CommandContextFactory {

    @Override
    public CommandContext createCommandContext() {
      return new RefusalAwareContext(processEngineConfiguration);
    }
  }

  static class RefusalAwareContext extends CommandContext {

    RefusalAwareContext(ProcessEngineConfigurationImpl configuration) {
      super(configuration);
    }

    @Override
    protected boolean shouldLogFine(Throwable exception) {
      if (getCurrentJob() != null) {
        // a job has no user to hear the refusal: it is the server's trouble until someone looks at the incident
        return super.shouldLogFine(exception);
      }
      return WrappedCause.any(exception, t -> t instanceof ActionRefused || super.shouldLogFine(t));
    }
  }
}
