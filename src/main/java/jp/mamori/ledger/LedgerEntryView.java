package jp.mamori.ledger;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.mamori.organization.Role;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.organization.StaffMember;
import jp.mamori.security.CurrentUser;
import jp.mamori.tasks.Procedures;
import jp.mamori.trail.CaseRef;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.Messages;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Backs ledger-entry.xhtml: one ledger entry. The supervising manager decides its manager, storage, retention and
 * disposal method (第5条, 第21–24条); its information manager proposes a change (a ledgerChange case the supervising
 * manager approves) and registers copies (第22条2); everyone with the page sees its disposal records (第24条).
 */
@Component
@ViewScoped
public class LedgerEntryView implements Serializable {

  /** The procedure an information manager's proposal starts. */
  public static final String CHANGE_PROCESS = "ledgerChange";

  private final transient Ledger ledger;
  private final transient StaffDirectory staff;
  private final transient CurrentUser currentUser;
  private final transient Procedures procedures;

  private Long id;
  private LedgerEntry entry;
  private boolean decides;
  private boolean proposes;
  private String informationManager;
  private String dataItems;
  private String dataSubjects;
  private String storagePlace;
  private String storageMethod;
  private String retentionFrom;
  private Integer retentionYears;
  private LocalDate retentionFromDate;
  private String retentionGround;
  private String disposalMethod;
  private String reason;
  private String copyStoragePlace;
  private String copyReason;

  LedgerEntryView(Ledger ledger, StaffDirectory staff, CurrentUser currentUser, Procedures procedures) {
    this.ledger = ledger;
    this.staff = staff;
    this.currentUser = currentUser;
    this.procedures = procedures;
  }

  public void load() {
    if (entry != null) {
      return;
    }
    entry = id == null ? null : ledger.entry(id).orElse(null);
    if (entry == null) {
      Messages.error("ledger.error.gone");
      return;
    }
    decides = ledger.mayDecide(currentUser.require()) && entry.getStatus() != LedgerStatus.DISPOSED;
    proposes = !decides && ledger.mayPropose(currentUser.require(), entry);
    LedgerEdit current = LedgerEdit.of(entry);
    informationManager = current.informationManager();
    dataItems = current.dataItems();
    dataSubjects = current.dataSubjects();
    storagePlace = current.storagePlace();
    storageMethod = current.storageMethod();
    Retention retention = current.retention();
    if (retention != null) {
      retentionFrom = retention.permanent() ? LedgerEditVariables.PERMANENT : retention.from().name();
      retentionYears = retention.years();
      retentionFromDate = retention.fromDate();
      retentionGround = retention.ground();
    }
    disposalMethod = current.disposalMethod() == null ? null : current.disposalMethod().name();
  }

  private LedgerEdit edit() {
    Retention retention = retentionFrom == null || retentionFrom.isBlank() ? null
        : LedgerEditVariables.PERMANENT.equals(retentionFrom) ? Retention.permanent(retentionGround)
        : new Retention(retentionYears, RetentionEvent.valueOf(retentionFrom), retentionFromDate, false,
            retentionGround);
    return new LedgerEdit(informationManager, dataItems, dataSubjects, storagePlace, storageMethod, retention,
        DisposalMethod.of(disposalMethod), reason);
  }

  /** The supervising manager's decision (第5条, 第21–24条). */
  public String save() {
    try {
      ledger.edit(currentUser.require(), id, edit());
      return back("ledger.saved");
    } catch (ActionRefused e) {
      Messages.refused(e, new CaseRef(null, entry == null ? null : entry.getCaseKey(), null));
      return null;
    }
  }

  /** The information manager's proposal: a ledgerChange case for the supervising manager (four-eyes). */
  public String propose() {
    try {
      ledger.checkProposal(currentUser.require().userId(), id, edit());
      ProcessInstance instance = procedures.start(currentUser.require(), CHANGE_PROCESS,
          LedgerEditVariables.of(id, edit()));
      return back("ledger.proposed", instance.getBusinessKey());
    } catch (ActionRefused e) {
      Messages.refused(e);
      return null;
    }
  }

  /** 第22条2: a copy is registered as an entry of its own. */
  public String registerCopy() {
    try {
      LedgerEntry copy = ledger.copy(currentUser.require(), id, copyStoragePlace, copyReason);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info("ledger.copied");
      return "/ledger-entry?faces-redirect=true&id=" + copy.getId();
    } catch (ActionRefused e) {
      Messages.refused(e);
      return null;
    }
  }

  private static String back(String key, Object... args) {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    Messages.info(key, args);
    return "/ledger?faces-redirect=true";
  }

  /** Who may keep the entry (第5条): the holders of the information-manager role. */
  public List<StaffMember> getManagers() {
    return staff.membersOf(Role.INFORMATION_MANAGER.groupId());
  }

  public List<DisposalRecord> getRecords() {
    return entry == null ? List.of() : ledger.records(entry.getId());
  }

  public List<LedgerEntry> getCopies() {
    return entry == null ? List.of() : ledger.copiesOf(entry.getId());
  }

  public String getRetentionLabel() {
    Retention retention = entry == null ? null : entry.getRetention();
    return retention == null ? "" : retention.label(locale());
  }

  public String displayName(String userId) {
    return staff.displayName(userId);
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public RetentionEvent[] getRetentionEvents() {
    return RetentionEvent.values();
  }

  public DisposalMethod[] getDisposalMethods() {
    return DisposalMethod.values();
  }

  public LedgerEntry getEntry() {
    return entry;
  }

  /** The form can be changed: by the supervising manager directly, by the information manager as a proposal. */
  public boolean isEditable() {
    return decides || proposes;
  }

  public boolean isDecides() {
    return decides;
  }

  public boolean isProposes() {
    return proposes;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getInformationManager() {
    return informationManager;
  }

  public void setInformationManager(String informationManager) {
    this.informationManager = informationManager;
  }

  public String getDataItems() {
    return dataItems;
  }

  public void setDataItems(String dataItems) {
    this.dataItems = dataItems;
  }

  public String getDataSubjects() {
    return dataSubjects;
  }

  public void setDataSubjects(String dataSubjects) {
    this.dataSubjects = dataSubjects;
  }

  public String getStoragePlace() {
    return storagePlace;
  }

  public void setStoragePlace(String storagePlace) {
    this.storagePlace = storagePlace;
  }

  public String getStorageMethod() {
    return storageMethod;
  }

  public void setStorageMethod(String storageMethod) {
    this.storageMethod = storageMethod;
  }

  public String getRetentionFrom() {
    return retentionFrom;
  }

  public void setRetentionFrom(String retentionFrom) {
    this.retentionFrom = retentionFrom;
  }

  public Integer getRetentionYears() {
    return retentionYears;
  }

  public void setRetentionYears(Integer retentionYears) {
    this.retentionYears = retentionYears;
  }

  public LocalDate getRetentionFromDate() {
    return retentionFromDate;
  }

  public void setRetentionFromDate(LocalDate retentionFromDate) {
    this.retentionFromDate = retentionFromDate;
  }

  public String getRetentionGround() {
    return retentionGround;
  }

  public void setRetentionGround(String retentionGround) {
    this.retentionGround = retentionGround;
  }

  public String getDisposalMethod() {
    return disposalMethod;
  }

  public void setDisposalMethod(String disposalMethod) {
    this.disposalMethod = disposalMethod;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getCopyStoragePlace() {
    return copyStoragePlace;
  }

  public void setCopyStoragePlace(String copyStoragePlace) {
    this.copyStoragePlace = copyStoragePlace;
  }

  public String getCopyReason() {
    return copyReason;
  }

  public void setCopyReason(String copyReason) {
    this.copyReason = copyReason;
  }
}
