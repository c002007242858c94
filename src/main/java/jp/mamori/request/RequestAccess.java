package jp.mamori.request;

import java.util.List;
import jp.mamori.organization.Role;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.trail.PatientDataAccess.Channel;
import jp.mamori.trail.PatientDataAccessLog;
import org.springframework.stereotype.Component;

/**
 * Need to know on a request's content (docs/security.md): the desk (医事課, who receives and answers), the deciders
 * (supervising and total managers), the information managers investigating that very request and, once it is
 * appealed, the appeal's reviewers (Keio 32) read it; nobody else. Every view is appended to the access log of patient data.
 */
@Component
public class RequestAccess {

  /** Who may open the register and the case pages at all (the URL rule); each case is checked again. */
  public static final List<Role> REGISTER_READERS = List.of(Role.MEDICAL_AFFAIRS_DESK, Role.SUPERVISING_MANAGER,
      Role.TOTAL_MANAGER, Role.INFORMATION_MANAGER, Role.COMMITTEE);

  private final Requests requests;
  private final PatientDataAccessLog accessLog;
  private final RequestSettings settings;

  RequestAccess(Requests requests, PatientDataAccessLog accessLog, RequestSettings settings) {
    this.settings = settings;
    this.requests = requests;
    this.accessLog = accessLog;
  }

  public boolean mayRead(StaffPrincipal user, PatientRequest request) {
    List<String> groups = user.groupIds();
    if (groups.contains(Role.MEDICAL_AFFAIRS_DESK.groupId()) || groups.contains(Role.SUPERVISING_MANAGER.groupId())
        || groups.contains(Role.TOTAL_MANAGER.groupId())) {
      return true;
    }
    // Keio 32: the appeal's reviewers (the committee, per the institution profile) read the appealed case
    if (request.getAppealCount() > 0 && groups.contains(settings.getAppealReviewer())) {
      return true;
    }
    return requests.entriesOf(request).stream().anyMatch(e -> user.userId().equals(e.getInformationManager()));
  }

  /** Whether the user may see the register's list (the desk and the deciders; investigators see their tasks). */
  public boolean mayList(StaffPrincipal user) {
    return user.groupIds().contains(Role.MEDICAL_AFFAIRS_DESK.groupId())
        || user.groupIds().contains(Role.SUPERVISING_MANAGER.groupId())
        || user.groupIds().contains(Role.TOTAL_MANAGER.groupId());
  }

  /** The request for a user who may read it, logged as viewed; empty otherwise. */
  public java.util.Optional<PatientRequest> view(StaffPrincipal user, String caseKey, String what,
      String remoteAddress, Channel channel) {
    java.util.Optional<PatientRequest> request = caseKey == null ? java.util.Optional.empty()
        : requests.find(caseKey).filter(r -> mayRead(user, r));
    request.ifPresent(r -> accessLog.viewed(user.userId(), r.getCaseKey(), what, remoteAddress, channel));
    return request;
  }
}
