package jp.mamori.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal-information ledger (第22条): entries are added when personal information is approved for a purpose;
 * the supervising manager decides their storage, retention, disposal method and information manager (第5条,
 * 第21–24条), on an information manager's proposal or directly; when the retention ends they are disposed of with
 * evidence or kept longer (第24条); a copy is an entry of its own (第22条2).
 */
@Service
public class Ledger {

  private final LedgerRepository entries;
  private final DisposalRecordRepository disposals;
  private final DepartmentRepository departments;
  private final StaffDirectory staff;
  private final AuditTrail trail;
  private final Clock clock;
  private final JdbcTemplate jdbc;

  Ledger(LedgerRepository entries, DisposalRecordRepository disposals, DepartmentRepository departments,
      StaffDirectory staff, AuditTrail trail, Clock clock, JdbcTemplate jdbc) {
    this.entries = entries;
    this.disposals = disposals;
    this.departments = departments;
    this.staff = staff;
    this.trail = trail;
    this.clock = clock;
    this.jdbc = jdbc;
  }

  /** A new entry kept by the department's information manager (第5条), or the first one there is. */
  @Transactional
  public LedgerEntry add(String title, String departmentCode, UnaryOperator<LedgerEntry> details) {
    LedgerEntry entry = details.apply(
        new LedgerEntry(title, departmentCode, informationManagerOf(departmentCode), clock.instant()));
    return entry.stored(entry.newRow().insert(jdbc));
  }

  /** The retention a purpose's filing wrote as text ("5年": five years from today), or null when undecided. */
  public Retention retentionOf(String text) {
    return Retention.fromText(text, LocalDate.now(clock));
  }

  @Transactional(readOnly = true)
  public List<LedgerEntry> all() {
    return entries.findAllByOrderByDepartmentCodeAscTitleAsc();
  }

  /**
   * The ledger's list, paged in the database: entries whose name, items, storage place or case number contain the
   * text, or whose department's name (Japanese or English) or code does; blank text lists every entry.
   */
  @Transactional(readOnly = true)
  public Page<LedgerEntry> search(String text, Pageable page) {
    String part = text == null ? "" : text.strip();
    List<String> departmentCodes = new ArrayList<>(List.of(part));
    if (!part.isEmpty()) {
      String lower = part.toLowerCase(Locale.ROOT);
      departments.findAll().stream()
          .filter(d -> d.getNameJa().contains(part) || d.getNameEn().toLowerCase(Locale.ROOT).contains(lower))
          .forEach(d -> departmentCodes.add(d.getCode()));
    }
    return entries
        .findByTitleContainingIgnoreCaseOrDataItemsContainingIgnoreCaseOrStoragePlaceContainingIgnoreCaseOrCaseKeyContainingIgnoreCaseOrDepartmentCodeIn(
            part, part, part, part, departmentCodes, page);
  }

  @Transactional(readOnly = true)
  public Optional<LedgerEntry> entry(Long id) {
    return entries.findById(id);
  }

  /** Each entry names its own information manager (第5条), who answers its self-check in the audit (第36条). */
  @Transactional
  public LedgerEntry assignManager(Long entryId, String informationManager) {
    LedgerEntry entry = entries.findById(entryId).orElseThrow();
    entry.managedBy(informationManager, clock.instant());
    return entries.save(entry);
  }

  /**
   * 第5条, 第21–24条: the supervising manager decides the entry's manager, storage, retention and disposal method
   * directly; the change and its reason go to the audit trail. An information manager proposes instead
   * ({@link #checkProposal}), and the supervising manager approves ({@link #applyApproved}).
   */
  @Transactional
  public LedgerEntry edit(StaffPrincipal user, Long entryId, LedgerEdit edit) {
    LedgerEntry entry = existing(entryId);
    if (!mayDecide(user)) {
      throw new ActionRefused("ledger.error.notAllowed");
    }
    return apply(user.userId(), entry, validated(edit), "LEDGER_UPDATED", null);
  }

  /** 第22条3: the entry's information manager proposes a change; refused unless they keep it and it is complete. */
  @Transactional(readOnly = true)
  public LedgerEdit checkProposal(String proposer, Long entryId, LedgerEdit edit) {
    LedgerEntry entry = existing(entryId);
    if (!proposer.equals(entry.getInformationManager())) {
      throw new ActionRefused("ledger.error.notManager");
    }
    if (entry.getStatus() == LedgerStatus.DISPOSED) {
      throw new ActionRefused("ledger.error.disposed");
    }
    return validated(edit);
  }

  /** The supervising manager approved the proposal of another (four-eyes): the entry changes, with the trail. */
  @Transactional
  public LedgerEntry applyApproved(String approver, String proposer, Long entryId, LedgerEdit edit, String caseKey) {
    if (approver.equals(proposer) || !staff.isMember(approver, Role.SUPERVISING_MANAGER.groupId())) {
      throw new ActionRefused("ledger.error.notAllowed");
    }
    return apply(approver, existing(entryId), checkProposal(proposer, entryId, edit), "LEDGER_CHANGE_APPROVED",
        caseKey);
  }

  private LedgerEntry apply(String actor, LedgerEntry entry, LedgerEdit edit, String action, String caseKey) {
    if (entry.getStatus() == LedgerStatus.DISPOSED) {
      throw new ActionRefused("ledger.error.disposed");
    }
    LedgerEdit before = LedgerEdit.of(entry);
    entry.edit(edit, clock.instant());
    LedgerEntry saved = entries.save(entry);
    trail.record(actor, action, new CaseRef(null, caseKey != null ? caseKey : saved.getCaseKey(), null),
        saved.getTitle(), edit.reason(), "before=" + before + " after=" + LedgerEdit.of(saved));
    return saved;
  }

  /** The manager holds the role; storage, retention (第23条) and disposal method (第24条) are decided; a reason. */
  private LedgerEdit validated(LedgerEdit edit) {
    if (blank(edit.informationManager()) || !staff.isMember(edit.informationManager(),
        Role.INFORMATION_MANAGER.groupId())) {
      throw new ActionRefused("ledger.error.manager");
    }
    if (blank(edit.storagePlace()) || edit.retention() == null) {
      throw new ActionRefused("ledger.error.required");
    }
    if (edit.disposalMethod() == null) {
      throw new ActionRefused("ledger.error.disposalMethod");
    }
    if (blank(edit.reason())) {
      throw new ActionRefused("ledger.error.reason");
    }
    return new LedgerEdit(edit.informationManager(), edit.dataItems(), edit.dataSubjects(), edit.storagePlace(),
        edit.storageMethod(), edit.retention().validated(), edit.disposalMethod(), edit.reason());
  }

  /** 第5条: the supervising manager decides; the total manager names them and does not decide in their place. */
  public boolean mayDecide(StaffPrincipal user) {
    return user.groupIds().contains(Role.SUPERVISING_MANAGER.groupId());
  }

  /** The entry's information manager proposes changes (第22条3). */
  public boolean mayPropose(StaffPrincipal user, LedgerEntry entry) {
    return user.userId().equals(entry.getInformationManager()) && entry.getStatus() != LedgerStatus.DISPOSED;
  }

  // --- retention and disposal (第23–24条) ---

  /** Active entries whose retention ended before today and that have no disposal case yet. */
  @Transactional(readOnly = true)
  public List<LedgerEntry> expired() {
    return entries.findByStatusAndRetainUntilBeforeAndDisposalCaseKeyIsNullOrderByIdAsc(LedgerStatus.ACTIVE,
        LocalDate.now(clock));
  }

  @Transactional
  public void disposalStarted(Long entryId, String caseKey) {
    LedgerEntry entry = existing(entryId);
    entry.disposalStarted(caseKey);
    entries.save(entry);
  }

  /**
   * 第24条: the records were disposed of by the entry's method; the evidence is the contractor's certificate. The
   * entry stays in the ledger as DISPOSED with the record; its copies are entries of their own and stay.
   */
  @Transactional
  public DisposalRecord dispose(Long entryId, String caseKey, Disposal disposal) {
    LedgerEntry entry = existing(entryId);
    if (entry.getStatus() != LedgerStatus.ACTIVE) {
      throw new ActionRefused("ledger.error.disposed");
    }
    if (disposal.disposedOn() == null || disposal.disposedOn().isAfter(LocalDate.now(clock))) {
      throw new ActionRefused("disposal.error.date");
    }
    if (blank(disposal.certificateNo()) || disposal.contractorId() == null) {
      throw new ActionRefused("disposal.error.certificate");
    }
    DisposalRecord record = disposals.save(DisposalRecord.disposed(entry, caseKey, disposal, clock.instant()));
    entry.disposed(clock.instant());
    entries.save(entry);
    trail.record(disposal.performedBy(), "LEDGER_DISPOSED", new CaseRef(null, caseKey, null), entry.getTitle(),
        disposal.note(), "method=" + entry.getDisposalMethod() + " contractor=" + disposal.contractorName()
            + " certificate=" + disposal.certificateNo() + " on=" + disposal.disposedOn());
    return record;
  }

  /** 第24条: kept longer, by years from today or from the old end, whichever is later, as the 統括 approved. */
  @Transactional
  public DisposalRecord extend(Long entryId, String caseKey, String requestedBy, String approvedBy, int years,
      String reason) {
    LedgerEntry entry = existing(entryId);
    if (entry.getStatus() != LedgerStatus.ACTIVE) {
      throw new ActionRefused("ledger.error.disposed");
    }
    if (years < 1 || years > 100 || blank(reason)) {
      throw new ActionRefused("disposal.error.extension");
    }
    LocalDate today = LocalDate.now(clock);
    LocalDate base = entry.getRetainUntil() == null || entry.getRetainUntil().isBefore(today) ? today
        : entry.getRetainUntil();
    LocalDate until = base.plusYears(years);
    DisposalRecord record = disposals.save(DisposalRecord.extended(entry, caseKey, requestedBy, approvedBy, reason,
        until, clock.instant()));
    entry.extendedUntil(until, clock.instant());
    entries.save(entry);
    trail.record(approvedBy, "LEDGER_RETENTION_EXTENDED", new CaseRef(null, caseKey, null), entry.getTitle(),
        reason, "requestedBy=" + requestedBy + " until=" + until);
    return record;
  }

  @Transactional(readOnly = true)
  public List<DisposalRecord> records(Long entryId) {
    return disposals.findByEntryIdOrderByRecordedAtDesc(entryId);
  }

  // --- copies (第22条2) ---

  /**
   * 第22条2: a copy of an entry's records is an entry of its own, linked to the original, with the original's
   * content, retention and disposal method, and its own storage place; it is disposed of on its own.
   */
  @Transactional
  public LedgerEntry copy(StaffPrincipal user, Long originalId, String storagePlace, String reason) {
    LedgerEntry original = existing(originalId);
    if (!mayPropose(user, original) && !mayDecide(user)) {
      throw new ActionRefused("ledger.error.notAllowed");
    }
    if (original.getStatus() == LedgerStatus.DISPOSED) {
      throw new ActionRefused("ledger.error.disposed");
    }
    if (blank(storagePlace) || blank(reason)) {
      throw new ActionRefused("ledger.error.copy");
    }
    LedgerEntry copy = new LedgerEntry(original.getTitle() + "(写し)", original.getDepartmentCode(),
        original.getInformationManager(), clock.instant())
        .content(original.getDataItems(), original.getDataSubjects(), original.getCollectionMethod(),
            original.getSpecialCategories())
        .keeping(storagePlace, original.getStorageMethod(), original.getRetention(), original.getDisposalMethod())
        .forPurpose(original.getPurposeId(), null)
        .copyOf(original.getId());
    copy = entries.save(copy);
    trail.record(user.userId(), "LEDGER_COPIED", new CaseRef(null, original.getCaseKey(), null),
        copy.getTitle(), reason, "original=" + original.getId() + " copy=" + copy.getId());
    return copy;
  }

  @Transactional(readOnly = true)
  public List<LedgerEntry> copiesOf(Long originalId) {
    return entries.findByCopyOfIdOrderByIdAsc(originalId);
  }

  private LedgerEntry existing(Long entryId) {
    if (entryId == null) {
      throw new ActionRefused("ledger.error.gone");
    }
    return entries.findById(entryId).orElseThrow(() -> new ActionRefused("ledger.error.gone"));
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private String informationManagerOf(String departmentCode) {
    return departments.findByCode(departmentCode).map(Department::getInformationManager)
        .filter(m -> m != null && !m.isBlank())
        .or(() -> staff.membersOf(Role.INFORMATION_MANAGER.groupId()).stream().map(StaffMember::id).findFirst())
        .orElse("");
  }
}
