package jp.mamori.security.identity;

import jp.mamori.trail.AuditTrail;
import jp.mamori.trail.CaseRef;
import jp.mamori.web.Messages;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Name and e-mail changes in the audit trail: who, when (the entry's time), whose, old → new; and refusals. */
@Component
class ProfileTrail {

  static final String CHANGED = "PROFILE_CHANGED";
  static final String REFUSED_KEY = "identity.profile.refused";
  private static final String APPLICATION = "system";

  private final AuditTrail trail;

  ProfileTrail(AuditTrail trail) {
    this.trail = trail;
  }

  /** In the engine's transaction: the change and its entry are kept together or not at all. */
  void changed(String actor, String userId, String before, String after) {
    trail.record(actor == null ? APPLICATION : actor, CHANGED, CaseRef.NONE, userId, null,
        Messages.notice("identity.profile.changed", before, after));
  }

  void refused(String actor, String userId, String before, String after) {
    trail.refused(actor, REFUSED_KEY, CaseRef.NONE, Messages.notice("identity.profile.refusedDetail", userId,
        before, after));
  }

  static String profile(User user) {
    return nullToEmpty(user.getLastName()) + " " + nullToEmpty(user.getFirstName()) + " <"
        + nullToEmpty(user.getEmail()) + ">";
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
