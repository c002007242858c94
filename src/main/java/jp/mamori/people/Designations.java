package jp.mamori.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import jp.mamori.organization.Department;
import jp.mamori.organization.DepartmentRepository;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.trail.AuditTrail;
import jp.mamori.trail.CaseRef;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Designations (第4–7条), the one way the regulation's roles are given in the app: each is a dated record with who
 * decided, and it gives (and, when it ends, takes back) the Camunda group of its role, so that tasks routed to the
 * role reach the person. Only the role the article names may designate (the director for 第4条 and 第7条, the
 * supervising manager for 第5条, an information manager for 第6条). The same groups cannot be changed by a person on
 * any other channel (Camunda Admin, REST, the Java API: {@link RolesByDesignationPlugin}, ADR 0067); this class
 * changes them as the application. A membership given outside any designation (the demo organization) is left as it
 * is.
 *
 * <p>With the staff directory on (ADR 0024) the engine's identity is read-only and the roles are the directory's
 * groups: a designation is still recorded (who decided, from when, why — the regulation's record), but it changes no
 * membership; the page tells the designator that the role comes from the directory (ADR 0039).
 */
@Service
public class Designations {

  private final DesignationRepository designations;
  private final DepartmentRepository departments;
  private final StaffDirectory staff;
  private final IdentityService identityService;
  private final AuditTrail trail;
  private final Clock clock;

  Designations(DesignationRepository designations, DepartmentRepository departments, StaffDirectory staff,
      IdentityService identityService, AuditTrail trail, Clock clock) {
    this.designations = designations;
    this.departments = departments;
    this.staff = staff;
    this.identityService = identityService;
    this.trail = trail;
    this.clock = clock;
  }

  public boolean mayDesignate(StaffPrincipal user, DesignationKind kind) {
    return user.groupIds().contains(kind.decidedBy().groupId());
  }

  /**
   * Designates {@code userId} as {@code kind} from today. An information manager is set for a department's records
   * ({@code scope}: the department's code, which then names them, 第5条); a handler for the designating information
   * manager's records. A single post (supervising manager, a department's information manager) ends the
   * current holder's designation.
   */
  @Transactional
  public Designation designate(StaffPrincipal by, DesignationKind kind, String userId, String scope, String reason) {
    if (!mayDesignate(by, kind)) {
      throw new ActionRefused("people.error.notAllowed");
    }
    if (userId == null || staff.find(userId).isEmpty()) {
      throw new ActionRefused("people.error.person");
    }
    if (reason == null || reason.isBlank()) {
      throw new ActionRefused("people.error.reason");
    }
    String recordsOf = switch (kind) {
      case INFORMATION_MANAGER -> departments.findByCode(scope == null ? "" : scope)
          .orElseThrow(() -> new ActionRefused("people.error.scope")).getCode();
      case HANDLER -> by.userId();
      default -> null;
    };
    LocalDate today = LocalDate.now(clock);
    if (kind.single()) {
      for (Designation current : designations.findByKindAndEndedOnIsNull(kind)) {
        if (Objects.equals(current.getScope(), recordsOf)) {
          end(current, today, by.userId(), reason);
        }
      }
    }
    Designation designation = designations.save(new Designation(kind, userId, recordsOf, today, by.userId(),
        reason.strip(), clock.instant()));
    if (!rolesFromDirectory() && !staff.isMember(userId, kind.role().groupId())) {
      identityService.createMembership(userId, kind.role().groupId());
    }
    if (kind == DesignationKind.INFORMATION_MANAGER) {
      Department department = departments.findByCode(recordsOf).orElseThrow();
      department.setInformationManager(userId);
      departments.save(department);
    }
    trail.record(by.userId(), "DESIGNATED", new CaseRef(null, null, null), kind.name(), reason,
        "user=" + userId + (recordsOf == null ? "" : " scope=" + recordsOf) + " from=" + today
            + (rolesFromDirectory() ? " role=directory" : ""));
    return designation;
  }

  /** Withdraws a designation: ended today, kept in the history; the role goes when no other designation gives it. */
  @Transactional
  public void withdraw(StaffPrincipal by, Long designationId, String reason) {
    Designation designation = designations.findById(designationId)
        .orElseThrow(() -> new ActionRefused("people.error.gone"));
    if (!mayDesignate(by, designation.getKind())) {
      throw new ActionRefused("people.error.notAllowed");
    }
    if (reason == null || reason.isBlank()) {
      throw new ActionRefused("people.error.reason");
    }
    if (designation.isActive()) {
      end(designation, LocalDate.now(clock), by.userId(), reason);
    }
  }

  private void end(Designation designation, LocalDate on, String by, String reason) {
    designation.end(on, by, reason);
    designations.save(designation);
    DesignationKind kind = designation.getKind();
    if (!rolesFromDirectory()
        && designations.findByKindAndUserIdAndEndedOnIsNull(kind, designation.getUserId()).isEmpty()
        && staff.isMember(designation.getUserId(), kind.role().groupId())) {
      identityService.deleteMembership(designation.getUserId(), kind.role().groupId());
    }
    trail.record(by, "DESIGNATION_ENDED", new CaseRef(null, null, null), kind.name(), reason,
        "user=" + designation.getUserId() + " on=" + on);
  }

  /**
   * Whether the roles' memberships come from the staff directory (read-only identity, ADR 0024): then a designation
   * is a record only, and the directory's administrator adds or removes the person in the role's group.
   */
  public boolean rolesFromDirectory() {
    return identityService.isReadOnly();
  }

  /** Whether the person holds the role of the designation now (in the engine or, with the directory on, there). */
  public boolean holdsRole(String userId, DesignationKind kind) {
    return staff.isMember(userId, kind.role().groupId());
  }

  @Transactional(readOnly = true)
  public List<Designation> history() {
    return designations.findAllByOrderByRecordedAtDescIdDesc();
  }
}
