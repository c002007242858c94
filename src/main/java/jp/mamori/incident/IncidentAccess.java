package jp.mamori.incident;

import java.util.Collection;
import jp.mamori.security.StaffPrincipal;

/**
 * Who sees an incident's board (第35条2): its head and deputy — need to know, the same people the engine lets read
 * the case's variables (docs/security.md); a system administrator is not one of them. Before the headquarters
 * exists, the holders of the head's and deputy's roles (total and supervising manager) must see it to set it up.
 * Only the head downgrades, and never the reporter (four-eyes).
 */
public final class IncidentAccess {

  static final String HEAD_ROLE = "total-manager";
  static final String DEPUTY_ROLE = "supervising-manager";

  private IncidentAccess() {}

  /** Roles whose holders may be shown a board at all (the URL rule in SecurityConfiguration uses the same). */
  static boolean boardRole(Collection<String> groupIds) {
    return groupIds.contains(HEAD_ROLE) || groupIds.contains(DEPUTY_ROLE);
  }

  public static boolean canSee(StaffPrincipal user, Incident incident) {
    if (incident.getHead() == null) {
      return boardRole(user.groupIds());
    }
    return user.userId().equals(incident.getHead()) || user.userId().equals(incident.getDeputy());
  }

  public static boolean canDowngrade(StaffPrincipal user, Incident incident) {
    if (!incident.getStatus().isOpen() || user.userId().equals(incident.getReportedBy())) {
      return false;
    }
    return incident.getHead() == null ? user.groupIds().contains(HEAD_ROLE)
        : user.userId().equals(incident.getHead());
  }
}
