package jp.mamori.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One set of personal information in the ledger (個人情報取扱台帳, 第22条): what it is, whose it is (第5条), where and
 * how it is kept (第21条), for how long (第23条), how it is disposed of (第24条), and for which purpose.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String title;

  @Column(name = "department_code", nullable = false)
  private String departmentCode;

  @Column(name = "information_manager", nullable = false)
  private String informationManager;

  @Column(name = "data_items")
  private String dataItems;

  @Column(name = "data_subjects")
  private String dataSubjects;

  @Column(name = "collection_method")
  private String collectionMethod;

  @Column(name = "storage_place")
  private String storagePlace;

  @Column(name = "storage_method")
  private String storageMethod;

  @Column(name = "retention_period")
  private String retentionPeriod;

  @Column(name = "disposal_method")
  private String disposalMethod;

  @Column(name = "special_categories")
  private String specialCategories;

  @Column(name = "purpose_id")
  private Long purposeId;

  @Column(name = "case_key")
  private String caseKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected LedgerEntry() {}

  public LedgerEntry(String title, String departmentCode, String informationManager, Instant now) {
    this.title = title;
    this.departmentCode = departmentCode;
    this.informationManager = informationManager;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** What the data is and whom it is about (第22条). */
  public LedgerEntry content(String dataItems, String dataSubjects, String collectionMethod,
      String specialCategories) {
    this.dataItems = dataItems;
    this.dataSubjects = dataSubjects;
    this.collectionMethod = collectionMethod;
    this.specialCategories = specialCategories;
    return this;
  }

  /** Where and how it is kept (第21条), how long (第23条) and how it is disposed of (第24条). */
  public LedgerEntry keeping(String storagePlace, String storageMethod, String retentionPeriod,
      String disposalMethod) {
    this.storagePlace = storagePlace;
    this.storageMethod = storageMethod;
    this.retentionPeriod = retentionPeriod;
    this.disposalMethod = disposalMethod;
    return this;
  }

  void managedBy(String informationManager, Instant now) {
    if (informationManager == null || informationManager.isBlank()) {
      throw new IllegalArgumentException("a ledger entry needs an information manager (第5条)");
    }
    this.informationManager = informationManager;
    this.updatedAt = now;
  }

  void edit(LedgerEdit edit, Instant now) {
    managedBy(edit.informationManager(), now);
    content(edit.dataItems(), edit.dataSubjects(), collectionMethod, specialCategories);
    keeping(edit.storagePlace(), edit.storageMethod(), edit.retentionPeriod(), edit.disposalMethod());
  }

  public LedgerEntry forPurpose(Long purposeId, String caseKey) {
    this.purposeId = purposeId;
    this.caseKey = caseKey;
    return this;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getDepartmentCode() {
    return departmentCode;
  }

  public String getInformationManager() {
    return informationManager;
  }

  public String getDataItems() {
    return dataItems;
  }

  public String getDataSubjects() {
    return dataSubjects;
  }

  public String getCollectionMethod() {
    return collectionMethod;
  }

  public String getStoragePlace() {
    return storagePlace;
  }

  public String getStorageMethod() {
    return storageMethod;
  }

  public String getRetentionPeriod() {
    return retentionPeriod;
  }

  public String getDisposalMethod() {
    return disposalMethod;
  }

  public String getSpecialCategories() {
    return specialCategories;
  }

  public Long getPurposeId() {
    return purposeId;
  }

  public String getCaseKey() {
    return caseKey;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
