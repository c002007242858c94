package jp.mamori.process;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.Messages;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * The engine wraps a listener's refusal in a generic exception (and some REST resources wrap that once more) that
 * Camunda's REST answers with 500, as if the server had failed. A requester deciding on their own request
 * (REQUIREMENTS §1) and any other rule's refusal ({@link ActionRefused}, e.g. a procedure's check on a completion)
 * are forbidden acts, so REST clients get 403 with the reason; every other exception keeps Camunda's own answer.
 * Registered ahead of Camunda's mappers for the same types.
 */
abstract class RestRefusal<E extends Exception> implements ExceptionMapper<E> {

  @Context
  private HttpHeaders headers;

  @Override
  public Response toResponse(E exception) {
    return WrappedCause.find(exception, FourEyesViolation.class)
        .map(violation -> forbidden(Map.of("type", "FourEyesViolation", "message", violation.getMessage())))
        .or(() -> WrappedCause.find(exception, ActionRefused.class).map(refused -> forbidden(Map.of(
            "type", "ActionRefused", "messageKey", refused.messageKey(),
            "message", Messages.text(locale(), refused.messageKey(), refused.args())))))
        .orElseGet(() -> ExceptionHandlerHelper.getInstance().getResponse(exception));
  }

  private static Response forbidden(Map<String, String> body) {
    return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  /** Japanese unless the client asks for English first. */
  private Locale locale() {
    return Optional.ofNullable(headers).map(HttpHeaders::getAcceptableLanguages).filter(l -> !l.isEmpty())
        .map(l -> l.get(0)).filter(l -> "en".equals(l.getLanguage())).orElse(Locale.JAPANESE);
  }

  @Priority(Priorities.USER - 100)
  static class FromEngine extends RestRefusal<ProcessEngineException> {}

  @Priority(Priorities.USER - 100)
  static class FromRestResource extends RestRefusal<RestException> {}
}
