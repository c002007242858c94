package jp.mamori.ledger;

import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;
import jp.mamori.organization.Department;
import jp.mamori.organization.DepartmentRepository;
import jp.mamori.organization.Role;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.organization.StaffMember;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.trail.AuditTrail;
import jp.mamori.trail.CaseRef;
import jp.mamori.web.ActionRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The personal-information ledger (第22条): entries are added when personal information is approved for a purpose. */
@Service
public class Ledger {

  private final LedgerRepository entries;
  private final DepartmentRepository departments;
  private final StaffDirectory staff;
  private final AuditTrail trail;
  private final Clock clock;

  Ledger(LedgerRepository entries, DepartmentRepository departments, StaffDirectory staff, AuditTrail trail,
      Clock clock) {
    this.entries = entries;
    this.departments = departments;
    this.staff = staff;
    this.trail = trail;
    this.clock = clock;
  }

  /** A new entry kept by the department's information manager (第5条), or the first one there is. */
  @Transactional
  public LedgerEntry add(String title, String departmentCode, UnaryOperator<LedgerEntry> details) {
    LedgerEntry entry = new LedgerEntry(title, departmentCode, informationManagerOf(departmentCode), clock.instant());
    return entries.save(details.apply(entry));
  }

  @Transactional(readOnly = true)
  public List<LedgerEntry> all() {
    return entries.findAllByOrderByDepartmentCodeAscTitleAsc();
  }

  /** Each entry names its own information manager (第5条), who answers its self-check in the audit (第36条). */
  @Transactional
  public LedgerEntry assignManager(Long entryId, String informationManager) {
    LedgerEntry entry = entries.findById(entryId).orElseThrow();
    entry.managedBy(informationManager, clock.instant());
    return entry;
  }

  /**
   * 第22条3: the entry's information manager keeps it up to date; the supervising and total managers may too. The
   * new manager must hold the information-manager role; storage and retention cannot be emptied; the change and
   * its reason go to the audit trail.
   */
  @Transactional
  public LedgerEntry edit(StaffPrincipal user, Long entryId, LedgerEdit edit) {
    LedgerEntry entry = entries.findById(entryId).orElseThrow(() -> new ActionRefused("ledger.error.gone"));
    if (!mayEdit(user, entry)) {
      throw new ActionRefused("ledger.error.notAllowed");
    }
    if (blank(edit.informationManager()) || !staff.isMember(edit.informationManager(),
        Role.INFORMATION_MANAGER.groupId())) {
      throw new ActionRefused("ledger.error.manager");
    }
    if (blank(edit.storagePlace()) || blank(edit.retentionPeriod())) {
      throw new ActionRefused("ledger.error.required");
    }
    if (blank(edit.reason())) {
      throw new ActionRefused("ledger.error.reason");
    }
    LedgerEdit before = LedgerEdit.of(entry);
    entry.edit(edit, clock.instant());
    trail.record(user.userId(), "LEDGER_UPDATED", new CaseRef(null, entry.getCaseKey(), null),
        entry.getTitle(), edit.reason(), "before=" + before + " after=" + LedgerEdit.of(entry));
    return entry;
  }

  public boolean mayEdit(StaffPrincipal user, LedgerEntry entry) {
    return user.userId().equals(entry.getInformationManager())
        || user.groupIds().contains(Role.SUPERVISING_MANAGER.groupId())
        || user.groupIds().contains(Role.TOTAL_MANAGER.groupId());
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  @Transactional(readOnly = true)
  public java.util.Optional<LedgerEntry> entry(Long id) {
    return entries.findById(id);
  }

  private String informationManagerOf(String departmentCode) {
    return departments.findByCode(departmentCode).map(Department::getInformationManager)
        .filter(m -> m != null && !m.isBlank())
        .or(() -> staff.membersOf(Role.INFORMATION_MANAGER.groupId()).stream().map(StaffMember::id).findFirst())
        .orElse("");
  }
}
