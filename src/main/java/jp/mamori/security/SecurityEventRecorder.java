package jp.mamori.security;

import jp.mamori.trail.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Logins, logouts and failed logins go to the log and to the audit trail. */
@Component
class SecurityEventRecorder {

  private static final Logger LOG = LoggerFactory.getLogger("jp.mamori.security.events");

  private final AuditTrail trail;

  SecurityEventRecorder(AuditTrail trail) {
    this.trail = trail;
  }

  @EventListener
  void loggedIn(InteractiveAuthenticationSuccessEvent event) {
    String user = event.getAuthentication().getName();
    LOG.info("login user={}", user);
    trail.security(user, "LOGIN", null);
  }

  @EventListener
  void loginFailed(AbstractAuthenticationFailureEvent event) {
    String user = String.valueOf(event.getAuthentication().getName());
    LOG.warn("login failed user={} reason={}", user, event.getException().getClass().getSimpleName());
    trail.security(user, "LOGIN_FAILED", event.getException().getClass().getSimpleName());
  }

  @EventListener
  void loggedOut(LogoutSuccessEvent event) {
    String user = event.getAuthentication().getName();
    LOG.info("logout user={}", user);
    trail.security(user, "LOGOUT", null);
  }
}
