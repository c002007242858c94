package jp.mamori.process;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mamori.tasks.form.FieldError;
import jp.mamori.tasks.form.FormRefused;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How REST and Tasklist hear the app's rules. The engine wraps what listeners throw (and some REST resources wrap
 * that once more) and Camunda answers 500, as if the server had failed; this finds the rule's refusal inside:
 * four-eyes and any other rule's refusal ({@link ActionRefused}) 403, a reserved variable or a broken form rule 400 naming the variable or field, the loser of a
 * concurrent completion or claim 409. Any other server error is answered without the engine's text (which can
 * hold SQL and class names) and logged with a reference. Everything else keeps Camunda's answer. Jersey creates it
 * outside Spring ({@link RestRefusalsFeature}), so it finds the engine as the webapps do.
 */
class RestRefusals<E extends Exception> implements ExceptionMapper<E> {

  private static final Logger LOG = LoggerFactory.getLogger(RestRefusals.class);
  private static final String MESSAGES = "i18n.messages";
  private static final Pattern TASK_ACTION =
      Pattern.compile("(?:.*/)?task/([^/]+)/(complete|submit-form|claim|resolve)$");

  @Context
  private UriInfo uriInfo;

  @Override
  public Response toResponse(E exception) {
    Optional<FourEyesViolation> fourEyes = WrappedCause.find(exception, FourEyesViolation.class);
    if (fourEyes.isPresent()) {
      return answer(Response.Status.FORBIDDEN, "FourEyesViolation", fourEyes.get().getMessage(), Map.of());
    }
    Optional<ActionRefused> refused = WrappedCause.find(exception, ActionRefused.class);
    if (refused.isPresent()) {
      return answer(Response.Status.FORBIDDEN, "ActionRefused",
          text(refused.get().messageKey(), refused.get().args()), Map.of("messageKey", refused.get().messageKey()));
    }
    Optional<ReservedVariableRefused> reserved = WrappedCause.find(exception, ReservedVariableRefused.class);
    if (reserved.isPresent()) {
      String name = reserved.get().variableName();
      return answer(Response.Status.BAD_REQUEST, "ReservedVariable", text("rest.reservedVariable", name),
          Map.of("variable", name));
    }
    Optional<FormRefused> form = WrappedCause.find(exception, FormRefused.class);
    if (form.isPresent()) {
      List<FieldError> errors = form.get().errors();
      return answer(Response.Status.BAD_REQUEST, "InvalidForm", form.get().getMessage(), Map.of(
          "field", errors.get(0).fieldKey(),
          "errors", errors.stream().map(e -> Map.of("field", e.fieldKey(), "message", e.message())).toList()));
    }
    if (isLostRace(exception)) {
      return answer(Response.Status.CONFLICT, "Conflict", text("rest.conflict"), Map.of());
    }
    Response camunda = ExceptionHandlerHelper.getInstance().getResponse(exception);
    if (camunda.getStatus() < 500) {
      return camunda;
    }
    String reference = UUID.randomUUID().toString().substring(0, 8);
    LOG.error("REST request failed, reference {}", reference, exception);
    return answer(Response.Status.INTERNAL_SERVER_ERROR, "ServerError", text("rest.serverError", reference),
        Map.of());
  }

  /** Someone else claimed, changed or completed the task between this caller's read and write. */
  private boolean isLostRace(Exception exception) {
    if (WrappedCause.find(exception, TaskAlreadyClaimedException.class).isPresent()
        || WrappedCause.find(exception, OptimisticLockingException.class).isPresent()) {
      return true;
    }
    Matcher taskAction = TASK_ACTION.matcher(uriInfo.getPath());
    return WrappedCause.find(exception, NullValueException.class).isPresent() && taskAction.matches()
        && ProcessEngines.getDefaultProcessEngine().getHistoryService().createHistoricTaskInstanceQuery()
            .taskId(taskAction.group(1)).finished().count() > 0;
  }

  private String text(String key, Object... arguments) {
    Locale locale = RemoteChannel.locale();
    return new MessageFormat(ResourceBundle.getBundle(MESSAGES, locale).getString(key), locale).format(arguments);
  }

  private static Response answer(Response.Status status, String type, String message, Map<String, Object> more) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    body.putAll(more);
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
