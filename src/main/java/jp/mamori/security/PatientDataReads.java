package jp.mamori.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import jp.mamori.trail.PatientDataAccess.Channel;
import jp.mamori.trail.PatientDataAccessLog;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the access log of patient data for every channel (ADR 0026): the app's pages and exports call
 * {@link #caseViewed} (a case by its process instance; logged when its procedure holds patient data,
 * {@link PatientDataProcedures}) or {@link #viewed} (a procedure's own page that knows its cases hold patient data);
 * {@link PatientDataReadFilter} calls {@link #casesRead} for /engine-rest and the webapps' API. Who comes from the
 * login, the address and the channel from the request.
 */
@Component
public class PatientDataReads {

  private final HistoryService history;
  private final IdentityService identity;
  private final PatientDataProcedures procedures;
  private final PatientDataAccessLog log;
  private final CurrentUser currentUser;

  PatientDataReads(HistoryService history, IdentityService identity, PatientDataProcedures procedures,
      PatientDataAccessLog log, CurrentUser currentUser) {
    this.history = history;
    this.identity = identity;
    this.procedures = procedures;
    this.log = log;
    this.currentUser = currentUser;
  }

  /** A case (process instance) was shown; logged when its procedure holds patient data. */
  public void caseViewed(String processInstanceId, String what) {
    casesRead(processInstanceId == null ? Set.of() : Set.of(processInstanceId), what);
  }

  /** A case of a procedure holding patient data was shown, by its case number (a procedure's own page). */
  public void viewed(String caseKey, String what) {
    currentUser.principal().ifPresent(user -> {
      Optional<HttpServletRequest> request = currentRequest();
      log.viewed(user.userId(), caseKey, what, request.map(HttpServletRequest::getRemoteAddr).orElse(null),
          request.map(PatientDataReads::channelOf).orElse(Channel.APP));
    });
  }

  /** Several cases were read at once (a REST answer): each one holding patient data is logged once. */
  public void casesRead(Collection<String> processInstanceIds, String what) {
    if (processInstanceIds.isEmpty() || currentUser.principal().isEmpty()) {
      return;
    }
    Set<String> keys = new LinkedHashSet<>();
    asEngine(() -> {
      processInstanceIds.forEach(id -> patientCaseKey(id).ifPresent(keys::add));
      return null;
    });
    keys.forEach(key -> viewed(key, what));
  }

  /** The process instance of a task (open or finished), if there is one. */
  public Optional<String> processInstanceOfTask(String taskId) {
    return asEngine(() -> Optional.ofNullable(history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult())
        .map(HistoricTaskInstance::getProcessInstanceId));
  }

  private Optional<String> patientCaseKey(String processInstanceId) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    if (instance == null || !procedures.holdsPatientData(instance.getProcessDefinitionId())) {
      return Optional.empty();
    }
    return Optional.of(instance.getBusinessKey() == null ? instance.getId() : instance.getBusinessKey());
  }

  /**
   * Looks the case up as the application: the user may have read its variables through a task without the right
   * to read the case's history, and the read must be logged all the same.
   */
  private <T> T asEngine(Supplier<T> lookup) {
    Authentication current = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return lookup.get();
    } finally {
      if (current != null) {
        identity.setAuthentication(current);
      }
    }
  }

  static Channel channelOf(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/engine-rest/")) {
      return Channel.REST;
    }
    return path.startsWith("/camunda/") ? Channel.COCKPIT : Channel.APP;
  }

  private static Optional<HttpServletRequest> currentRequest() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
        ? Optional.of(attributes.getRequest()) : Optional.empty();
  }
}
