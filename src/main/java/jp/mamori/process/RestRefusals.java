package jp.mamori.process;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mamori.tasks.form.FieldError;
import jp.mamori.tasks.form.FormRefused;
import jp.mamori.trail.AuditTrail;
import jp.mamori.trail.CaseRef;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.DatabaseUnavailable;
import jp.mamori.web.Messages;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * How REST and Tasklist hear the app's rules. The engine wraps what listeners throw (and some REST resources wrap
 * that once more) and Camunda answers 500, as if the server had failed; this finds the rule's refusal inside:
 * four-eyes and any other rule's refusal ({@link ActionRefused}) 403, recorded in the audit trail as the pages
 * record theirs; a reserved variable or a broken form rule 400 naming the variable or field; the loser of a
 * concurrent completion or claim 409; a database that cannot be reached 503 saying so. Any other server error is answered without the engine's text (which can
 * hold SQL and class names) and logged with a reference. Everything else keeps Camunda's answer. Jersey creates it
 * outside Spring ({@link RestRefusalsFeature}), so it finds the engine as the webapps do.
 */
class RestRefusals<E extends Exception> implements ExceptionMapper<E> {

  private static final Logger LOG = LoggerFactory.getLogger(RestRefusals.class);
  private static final String FOUR_EYES_KEY = "task.error.fourEyes";
  private static final Pattern TASK_PATH = Pattern.compile("(?:.*/)?task/([^/]+)(?:/.*)?$");
  private static final Pattern INSTANCE_PATH = Pattern.compile("(?:.*/)?process-instance/([^/]+)(?:/.*)?$");
  private static final Pattern TASK_ACTION =
      Pattern.compile("(?:.*/)?task/([^/]+)/(complete|submit-form|claim|resolve)$");

  @Context
  private UriInfo uriInfo;

  @Override
  public Response toResponse(E exception) {
    if (DatabaseUnavailable.causedBy(exception)) {
      // first: every other branch below would ask the database again (ADR 0038)
      LOG.warn("Database unavailable: {} answered 503", uriInfo.getPath());
      return Response.fromResponse(answer(Response.Status.SERVICE_UNAVAILABLE, DatabaseUnavailable.TYPE,
          DatabaseUnavailable.message(RemoteChannel.locale()), Map.of()))
          .header("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
    }
    Optional<FourEyesViolation> fourEyes = WrappedCause.find(exception, FourEyesViolation.class);
    if (fourEyes.isPresent()) {
      recordRefusal(FOUR_EYES_KEY, text(FOUR_EYES_KEY));
      return answer(Response.Status.FORBIDDEN, "FourEyesViolation", fourEyes.get().getMessage(), Map.of());
    }
    Optional<ActionRefused> refused = WrappedCause.find(exception, ActionRefused.class);
    if (refused.isPresent()) {
      String message = text(refused.get().messageKey(), refused.get().args());
      recordRefusal(refused.get().messageKey(), message);
      return answer(Response.Status.FORBIDDEN, "ActionRefused", message,
          Map.of("messageKey", refused.get().messageKey()));
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
    Optional<BadUserRequestException> badRequest = WrappedCause.find(exception, BadUserRequestException.class);
    if (badRequest.isPresent()) {
      // some resources wrap the engine's "the request is wrong" (a start at the default start skipping its listeners)
      // in a server error of their own: the caller still gets the engine's reason
      return ExceptionHandlerHelper.getInstance().getResponse(badRequest.get());
    }
    String reference = UUID.randomUUID().toString().substring(0, 8);
    LOG.error("REST request failed, reference {}", reference, exception);
    return answer(Response.Status.INTERNAL_SERVER_ERROR, "ServerError", text("rest.serverError", reference),
        Map.of());
  }

  /**
   * A refusal in the audit trail, as the pages do (web.Messages#refused): who (the login), the rule's message key,
   * the case the path names (a task's or a process instance's), and the call with what the caller was told.
   */
  private void recordRefusal(String messageKey, String message) {
    if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
      return;
    }
    HttpServletRequest request = attributes.getRequest();
    Authentication login = SecurityContextHolder.getContext().getAuthentication();
    String actor = login != null && login.isAuthenticated() ? login.getName() : request.getRemoteUser();
    WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext()).getBean(AuditTrail.class)
        .refused(actor, messageKey, caseOf(uriInfo.getPath()),
            request.getMethod() + " " + request.getRequestURI() + ": " + message);
  }

  /** The case a REST path is about, as far as the path tells (a task's, a process instance's), else none. */
  static CaseRef caseOf(String path) {
    Matcher task = TASK_PATH.matcher(path);
    Matcher instance = INSTANCE_PATH.matcher(path);
    HistoryService history = ProcessEngines.getDefaultProcessEngine().getHistoryService();
    if (task.matches()) {
      HistoricTaskInstance found = history.createHistoricTaskInstanceQuery().taskId(task.group(1)).singleResult();
      return found == null ? new CaseRef(null, null, task.group(1))
          : new CaseRef(found.getProcessInstanceId(), businessKey(history, found.getProcessInstanceId()),
              found.getId());
    }
    if (instance.matches()) {
      return new CaseRef(instance.group(1), businessKey(history, instance.group(1)), null);
    }
    return CaseRef.NONE;
  }

  private static String businessKey(HistoryService history, String processInstanceId) {
    if (processInstanceId == null) {
      return null;
    }
    HistoricProcessInstance found = history.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    return found == null ? null : found.getBusinessKey();
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

  /** As the pages word it: a text without arguments as written (an apostrophe stays one). */
  private static String text(String key, Object... arguments) {
    return Messages.text(RemoteChannel.locale(), key, arguments);
  }

  private static Response answer(Response.Status status, String type, String message, Map<String, Object> more) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    body.putAll(more);
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
