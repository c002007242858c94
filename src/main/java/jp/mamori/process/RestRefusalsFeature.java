package jp.mamori.process;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.FeatureContext;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * Puts {@link RestRefusals} into every Jersey application of the server: {@code /engine-rest} and the webapps' own
 * engine API under {@code /camunda/api/engine}, which Tasklist and Cockpit call and which Camunda builds with a fixed
 * list of classes the app cannot reach otherwise. Listed in {@code META-INF/services}.
 */
public class RestRefusalsFeature implements ForcedAutoDiscoverable {

  /** Ahead of Camunda's own mappers for the same exception types. */
  private static final int BEFORE_CAMUNDA = Priorities.USER - 100;

  @Override
  public void configure(FeatureContext context) {
    context.register(new RestRefusals<ProcessEngineException>() {}, BEFORE_CAMUNDA);
    context.register(new RestRefusals<RestException>() {}, BEFORE_CAMUNDA);
    // a transaction the engine's Spring integration could not begin (no connection) is not an engine exception
    context.register(new RestRefusals<TransactionException>() {}, BEFORE_CAMUNDA);
    context.register(new RestRefusals<DataAccessException>() {}, BEFORE_CAMUNDA);
    // a rule on the engine's history events (CaseWrittenThroughForms) refuses unwrapped: the engine wraps listeners only
    context.register(new RestRefusals<ActionRefused>() {}, BEFORE_CAMUNDA);
  }
}
