package jp.mamori.incident;

import java.util.Collection;
import jp.mamori.security.StaffPrincipal;

/**
 * Who sees an incident's board (第35条2): its head, its deputy and the members they named — need to know, the same
 * people the engine lets read the case's variables (docs/security.md); a system administrator is not one of them.
 * Before the headquarters exists, the holders of the head's and deputy's roles (total and supervising manager) must
 * see it to set it up. Only the head downgrades, and never the reporter (four-eyes); members have no head's powers.
 */
public final class IncidentAccess {

  static final String HEAD_ROLE = "total-manager";
  static final String DEPUTY_ROLE = "supervising-manager";

  private IncidentAccess() {}

  /** Roles whose holders see every board before its headquarters exists, and the list of boards. */
  static boolean boardRole(Collection<String> groupIds) {
    return groupIds.contains(HEAD_ROLE) || groupIds.contains(DEPUTY_ROLE);
  }

  /** {@code member}: the headquarters named the user a member of this incident (HeadquartersMembers). */
  public static boolean canSee(StaffPrincipal user, Incident incident, boolean member) {
    if (incident.getHead() == null) {
      return boardRole(user.groupIds());
    }
    return isHeadOrDeputy(user, incident) || member;
  }

  /** The head and the deputy name and remove members; a member does not (no head's powers for members). */
  public static boolean canNameMembers(StaffPrincipal user, Incident incident) {
    return incident.getHead() != null && isHeadOrDeputy(user, incident);
  }

  private static boolean isHeadOrDeputy(StaffPrincipal user, Incident incident) {
    return user.userId().equals(incident.getHead()) || user.userId().equals(incident.getDeputy());
  }

  /**
   * The head downgrades, never the reporter; when the head reported the leak himself, the deputy decides instead
   * (第35条2, four-eyes without a stall).
   */
  public static boolean canDowngrade(StaffPrincipal user, Incident incident) {
    if (!incident.getStatus().isOpen() || user.userId().equals(incident.getReportedBy())) {
      return false;
    }
    if (incident.getHead() == null) {
      return user.groupIds().contains(HEAD_ROLE);
    }
    return user.userId().equals(incident.getHead())
        || incident.getHead().equals(incident.getReportedBy()) && user.userId().equals(incident.getDeputy());
  }
}
