package jp.mamori.ledger;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import java.util.List;
import jp.mamori.organization.Role;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.organization.StaffMember;
import jp.mamori.security.CurrentUser;
import jp.mamori.trail.CaseRef;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.Messages;
import org.springframework.stereotype.Component;

/** Backs ledger-entry.xhtml: one ledger entry, kept up to date by its information manager (第22条3). */
@Component
@ViewScoped
public class LedgerEntryView implements Serializable {

  private final transient Ledger ledger;
  private final transient StaffDirectory staff;
  private final transient CurrentUser currentUser;

  private Long id;
  private LedgerEntry entry;
  private boolean editable;
  private String informationManager;
  private String dataItems;
  private String dataSubjects;
  private String storagePlace;
  private String storageMethod;
  private String retentionPeriod;
  private String disposalMethod;
  private String reason;

  LedgerEntryView(Ledger ledger, StaffDirectory staff, CurrentUser currentUser) {
    this.ledger = ledger;
    this.staff = staff;
    this.currentUser = currentUser;
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
    editable = ledger.mayEdit(currentUser.require(), entry);
    LedgerEdit current = LedgerEdit.of(entry);
    informationManager = current.informationManager();
    dataItems = current.dataItems();
    dataSubjects = current.dataSubjects();
    storagePlace = current.storagePlace();
    storageMethod = current.storageMethod();
    retentionPeriod = current.retentionPeriod();
    disposalMethod = current.disposalMethod();
  }

  public String save() {
    try {
      ledger.edit(currentUser.require(), id, new LedgerEdit(informationManager, dataItems, dataSubjects,
          storagePlace, storageMethod, retentionPeriod, disposalMethod, reason));
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info("ledger.saved");
      return "/ledger?faces-redirect=true";
    } catch (ActionRefused e) {
      Messages.refused(e, new CaseRef(null, entry == null ? null : entry.getCaseKey(), null));
      return null;
    }
  }

  /** Who may keep the entry (第5条): the holders of the information-manager role. */
  public List<StaffMember> getManagers() {
    return staff.membersOf(Role.INFORMATION_MANAGER.groupId());
  }

  public LedgerEntry getEntry() {
    return entry;
  }

  public boolean isEditable() {
    return editable;
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

  public String getRetentionPeriod() {
    return retentionPeriod;
  }

  public void setRetentionPeriod(String retentionPeriod) {
    this.retentionPeriod = retentionPeriod;
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
}
