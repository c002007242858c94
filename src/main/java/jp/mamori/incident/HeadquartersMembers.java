package jp.mamori.incident;

import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.notification.Notifications;
import jp.mamori.web.StoredText;
import jp.mamori.organization.Role;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.organization.StaffMember;
import jp.mamori.security.CaseReaders;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.trail.AuditTrail;
import jp.mamori.trail.CaseRef;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.Messages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members the headquarters names besides its head and deputy (第35条; issue #11 item 5, need to know). Only the
 * head and the deputy add and remove them, checked here whatever page or call reached it. A member reads the case's
 * content in Cockpit and over REST ({@link CaseReaders}) and sees the board, nothing more: no downgrade, no closing,
 * no naming of further members. Every change goes to the incident's log with who named whom.
 */
@Service
public class HeadquartersMembers {

  private final Incidents incidents;
  private final HeadquartersMemberRepository members;
  private final CaseReaders caseReaders;
  private final StaffDirectory staff;
  private final Notifications notifications;
  private final AuditTrail trail;
  private final Clock clock;

  HeadquartersMembers(Incidents incidents, HeadquartersMemberRepository members, CaseReaders caseReaders,
      StaffDirectory staff, Notifications notifications, AuditTrail trail, Clock clock) {
    this.incidents = incidents;
    this.members = members;
    this.caseReaders = caseReaders;
    this.staff = staff;
    this.notifications = notifications;
    this.trail = trail;
    this.clock = clock;
  }

  /** The head or the deputy names a member of staff; refused for anyone else and for people already in the HQ. */
  @Transactional
  public void add(StaffPrincipal by, String caseKey, String userId) {
    Incident incident = managedBy(by, caseKey);
    if (!incident.getStatus().isOpen()) {
      throw new ActionRefused("incident.error.notOpen");
    }
    StaffMember member = staff.find(userId).filter(HeadquartersMembers::isStaff)
        .orElseThrow(() -> new ActionRefused("incident.error.memberUnknown"));
    if (member.id().equals(incident.getHead()) || member.id().equals(incident.getDeputy())
        || members.findByIncidentIdAndUserId(incident.getId(), member.id()).isPresent()) {
      throw new ActionRefused("incident.error.memberAlready", member.displayName());
    }
    members.save(new HeadquartersMember(incident.getId(), member.id(), by.userId(), clock.instant()));
    caseReaders.grant(incident.getProcessInstanceId(), List.of(member.id()));
    incidents.log(caseKey, by.userId(), "MEMBER_ADDED", member.displayName());
    trail.record(by.userId(), "INCIDENT_MEMBER_ADDED", caseRef(incident), Messages.notice("incident.trail.memberAdded"), null,
        "member=" + member.id());
    notifications.toUsers(List.of(member.id()), StoredText.of("incident.notice.member", caseKey),
        StoredText.of("incident.notice.member.body"), "/incident.xhtml?key=" + caseKey);
  }

  /** The head or the deputy removes a member: the member's reading of the case ends with it. */
  @Transactional
  public void remove(StaffPrincipal by, String caseKey, String userId) {
    Incident incident = managedBy(by, caseKey);
    HeadquartersMember member = members.findByIncidentIdAndUserId(incident.getId(), userId)
        .orElseThrow(() -> new ActionRefused("incident.error.memberUnknown"));
    members.delete(member);
    caseReaders.revoke(incident.getProcessInstanceId(), userId);
    incidents.log(caseKey, by.userId(), "MEMBER_REMOVED", staff.displayName(userId));
    trail.record(by.userId(), "INCIDENT_MEMBER_REMOVED", caseRef(incident), Messages.notice("incident.trail.memberRemoved"), null,
        "member=" + userId);
  }

  @Transactional(readOnly = true)
  public List<HeadquartersMember> of(Incident incident) {
    return members.findByIncidentIdOrderByAddedAtAscIdAsc(incident.getId());
  }

  @Transactional(readOnly = true)
  public boolean isMember(String userId, Incident incident) {
    return members.findByIncidentIdAndUserId(incident.getId(), userId).isPresent();
  }

  /** The incidents the user was named a member of (a person is on few). */
  @Transactional(readOnly = true)
  public List<Long> incidentsOf(String userId) {
    return members.findByUserId(userId).stream().map(HeadquartersMember::getIncidentId).toList();
  }

  /** Who the head may still name: staff (not monitors or administrators) outside the HQ, by name. */
  @Transactional(readOnly = true)
  public List<StaffMember> candidates(Incident incident) {
    Set<String> taken = of(incident).stream().map(HeadquartersMember::getUserId).collect(Collectors.toSet());
    taken.add(incident.getHead());
    taken.add(incident.getDeputy());
    return Arrays.stream(Role.values()).filter(Role::isStaffRole)
        .flatMap(role -> staff.membersOf(role.groupId()).stream())
        .filter(m -> !taken.contains(m.id()))
        .collect(Collectors.toMap(StaffMember::id, m -> m, (a, b) -> a))
        .values().stream().sorted(Comparator.comparing(StaffMember::displayName)).toList();
  }

  private Incident managedBy(StaffPrincipal by, String caseKey) {
    Incident incident = incidents.find(caseKey).orElseThrow(() -> new ActionRefused("incident.error.notFound"));
    if (!IncidentAccess.canNameMembers(by, incident)) {
      throw new ActionRefused("incident.error.notHeadquarters");
    }
    return incident;
  }

  private static boolean isStaff(StaffMember member) {
    return member.groupIds().stream().map(Role::ofGroupId)
        .anyMatch(role -> role.isPresent() && role.get().isStaffRole());
  }

  private static CaseRef caseRef(Incident incident) {
    return new CaseRef(incident.getProcessInstanceId(), incident.getCaseKey(), null);
  }
}
