package jp.mamori.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Need to know, case by case (docs/security.md): the people a case names — the incident headquarters' head, deputy
 * and members — read that case's history and variables in Cockpit and over REST, and nobody else gets them from
 * it. Their tasks' variables come from the tasks' own authorizations (candidates and assignee).
 *
 * <p>The grant is made by the glue after the model's own rule decided who the readers are (the head set the HQ
 * up); it is written as the application, since the head may read the case but not hand out rights to it.
 */
@Component
public class CaseReaders {

  private final AuthorizationService authorizations;
  private final IdentityService identity;

  CaseReaders(AuthorizationService authorizations, IdentityService identity) {
    this.authorizations = authorizations;
    this.identity = identity;
  }

  public void grant(String processInstanceId, Collection<String> userIds) {
    asApplication(() -> userIds.stream().filter(Objects::nonNull).distinct()
        .filter(userId -> grantsOf(processInstanceId, userId).isEmpty())
        .forEach(userId -> create(processInstanceId, userId)));
  }

  /**
   * The person completing a task (its assignee, or the login completing it unclaimed on any channel) reads the
   * case from now on: who decided on a need-to-know case may look back at it.
   */
  public void grantPerformer(DelegateTask task) {
    String performer = task.getAssignee();
    if (performer == null) {
      var authentication = identity.getCurrentAuthentication();
      performer = authentication == null ? null : authentication.getUserId();
    }
    if (performer != null) {
      grant(task.getProcessInstanceId(), List.of(performer));
    }
  }

  /**
   * The person no longer reads the case (a member the headquarters removed). Only that user's own grant on this
   * one case goes; what their roles or their tasks give them is untouched.
   */
  public void revoke(String processInstanceId, String userId) {
    asApplication(() -> grantsOf(processInstanceId, userId)
        .forEach(a -> authorizations.deleteAuthorization(a.getId())));
  }

  /** Whether the person was named a reader of this one case (need to know). */
  public boolean isReader(String processInstanceId, String userId) {
    return userId != null && !grantsOf(processInstanceId, userId).isEmpty();
  }

  private void asApplication(Runnable change) {
    // handed back untouched: the acting user's identity, whoever set it (the app, REST, a webapp)
    var actingUser = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      change.run();
    } finally {
      if (actingUser != null) {
        identity.setAuthentication(actingUser);
      }
    }
  }

  private List<Authorization> grantsOf(String processInstanceId, String userId) {
    return authorizations.createAuthorizationQuery().userIdIn(userId).authorizationType(AUTH_TYPE_GRANT)
        .resourceType(Resources.HISTORIC_PROCESS_INSTANCE).resourceId(processInstanceId).list();
  }

  private void create(String processInstanceId, String userId) {
    Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setUserId(userId);
    authorization.setResource(Resources.HISTORIC_PROCESS_INSTANCE);
    authorization.setResourceId(processInstanceId);
    authorization.addPermission(HistoricProcessInstancePermissions.READ);
    authorizations.saveAuthorization(authorization);
  }
}
