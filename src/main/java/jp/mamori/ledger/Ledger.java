package jp.mamori.ledger;

import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;
import jp.mamori.organization.Department;
import jp.mamori.organization.DepartmentRepository;
import jp.mamori.organization.Role;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.organization.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The personal-information ledger (第22条): entries are added when personal information is approved for a purpose. */
@Service
public class Ledger {

  private final LedgerRepository entries;
  private final DepartmentRepository departments;
  private final StaffDirectory staff;
  private final Clock clock;

  Ledger(LedgerRepository entries, DepartmentRepository departments, StaffDirectory staff, Clock clock) {
    this.entries = entries;
    this.departments = departments;
    this.staff = staff;
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
