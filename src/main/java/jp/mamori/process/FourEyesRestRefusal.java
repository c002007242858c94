package jp.mamori.process;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * The engine wraps the four-eyes listener's refusal in a generic exception (and some REST resources wrap that once
 * more) that Camunda's REST answers with 500, as if the server had failed. A requester deciding on their own request
 * is a forbidden act (REQUIREMENTS §1), so REST clients get 403 with the reason; every other exception keeps
 * Camunda's own answer. Registered ahead of Camunda's mappers for the same types.
 */
abstract class FourEyesRestRefusal<E extends Exception> implements ExceptionMapper<E> {

  @Override
  public Response toResponse(E exception) {
    return WrappedCause.find(exception, FourEyesViolation.class)
        .map(violation -> Response.status(Response.Status.FORBIDDEN)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(Map.of("type", "FourEyesViolation", "message", violation.getMessage()))
            .build())
        .orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(exception));
  }

  @Priority(Priorities.USER - 100)
  static class FromEngine extends FourEyesRestRefusal<ProcessEngineException> {}

  @Priority(Priorities.USER - 100)
  static class FromRestResource extends FourEyesRestRefusal<RestException> {}
}
