package jp.mamori.ledger;

import java.time.Instant;
import java.time.LocalDate;
import jp.mamori.storage.NewRow;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One set of personal information in the ledger (個人情報取扱台帳, 第22条): what it is, whose it is (第5条), where and
 * how it is kept (第21条), for how long (第23条), how it is disposed of (第24条), and for which purpose.
 */
@Table("ledger_entry")
public class LedgerEntry implements java.io.Serializable {

  @Id
  private Long id;

  private String title;

  @Column("department_code")
  private String departmentCode;

  @Column("information_manager")
  private String informationManager;

  @Column("data_items")
  private String dataItems;

  @Column("data_subjects")
  private String dataSubjects;

  @Column("collection_method")
  private String collectionMethod;

  @Column("storage_place")
  private String storagePlace;

  @Column("storage_method")
  private String storageMethod;

  @Column("retention_years")
  private Integer retentionYears;

  @Column("retention_from")
  private RetentionEvent retentionFrom;

  @Column("retention_from_date")
  private LocalDate retentionFromDate;

  @Column("retention_permanent")
  private boolean retentionPermanent;

  @Column("retention_ground")
  private String retentionGround;

  /** The last day of retention (第23条), extended when the supervising manager approved (第24条); null: permanent. */
  @Column("retain_until")
  private LocalDate retainUntil;

  @Column("disposal_method")
  private DisposalMethod disposalMethod;

  private LedgerStatus status = LedgerStatus.DRAFT;

  /** The entry this one is a copy of (第22条2): a copy is an entry of its own, kept and disposed of on its own. */
  @Column("copy_of_id")
  private Long copyOfId;

  @Column("disposal_case_key")
  private String disposalCaseKey;

  @Column("special_categories")
  private String specialCategories;

  @Column("purpose_id")
  private Long purposeId;

  @Column("case_key")
  private String caseKey;

  @Column("created_at")
  private Instant createdAt;

  @Column("updated_at")
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

  /**
   * Where and how it is kept (第21条), how long (第23条) and how it is disposed of (第24条). The entry is active once
   * both its retention and its disposal method are decided, a draft before.
   */
  public LedgerEntry keeping(String storagePlace, String storageMethod, Retention retention,
      DisposalMethod disposalMethod) {
    this.storagePlace = storagePlace;
    this.storageMethod = storageMethod;
    if (!java.util.Objects.equals(retention, getRetention())) {
      // an approved extension (retainUntil) stays while the retention itself is not changed
      retention(retention);
    }
    this.disposalMethod = disposalMethod;
    if (status == LedgerStatus.DRAFT && retention != null && disposalMethod != null) {
      status = LedgerStatus.ACTIVE;
    }
    return this;
  }

  private void retention(Retention retention) {
    this.retentionYears = retention == null ? null : retention.years();
    this.retentionFrom = retention == null ? null : retention.from();
    this.retentionFromDate = retention == null ? null : retention.fromDate();
    this.retentionPermanent = retention != null && retention.permanent();
    this.retentionGround = retention == null ? null : retention.ground();
    this.retainUntil = retention == null ? null : retention.until();
  }

  /** The structured retention (第23条), or null while undecided. */
  public Retention getRetention() {
    if (retentionPermanent) {
      return Retention.permanent(retentionGround);
    }
    return retentionYears == null ? null
        : new Retention(retentionYears, retentionFrom, retentionFromDate, false, retentionGround);
  }

  /** A disposal case is open for the entry (第24条). */
  void disposalStarted(String caseKey) {
    this.disposalCaseKey = caseKey;
  }

  /** The supervising manager approved keeping the records longer (第24条): the new last day. */
  void extendedUntil(LocalDate until, Instant now) {
    this.retainUntil = until;
    this.disposalCaseKey = null;
    this.updatedAt = now;
  }

  void disposed(Instant now) {
    this.status = LedgerStatus.DISPOSED;
    this.disposalCaseKey = null;
    this.updatedAt = now;
  }

  LedgerEntry copyOf(Long originalId) {
    this.copyOfId = originalId;
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
    keeping(edit.storagePlace(), edit.storageMethod(), edit.retention(), edit.disposalMethod());
  }

  public LedgerEntry forPurpose(Long purposeId, String caseKey) {
    this.purposeId = purposeId;
    this.caseKey = caseKey;
    return this;
  }

  /** The entry as a new row (the ledger's entries of approved purposes are written this way, {@link NewRow}). */
  NewRow newRow() {
    return NewRow.into("ledger_entry")
        .set("title", title)
        .set("department_code", departmentCode)
        .set("information_manager", informationManager)
        .set("data_items", dataItems)
        .set("data_subjects", dataSubjects)
        .set("collection_method", collectionMethod)
        .set("storage_place", storagePlace)
        .set("storage_method", storageMethod)
        .set("retention_years", retentionYears)
        .set("retention_from", retentionFrom)
        .set("retention_from_date", retentionFromDate)
        .set("retention_permanent", retentionPermanent)
        .set("retention_ground", retentionGround)
        .set("retain_until", retainUntil)
        .set("disposal_method", disposalMethod)
        .set("status", status)
        .set("copy_of_id", copyOfId)
        .set("disposal_case_key", disposalCaseKey)
        .set("special_categories", specialCategories)
        .set("purpose_id", purposeId)
        .set("case_key", caseKey)
        .set("created_at", createdAt)
        .set("updated_at", updatedAt);
  }

  LedgerEntry stored(long id) {
    this.id = id;
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

  public LocalDate getRetainUntil() {
    return retainUntil;
  }

  public DisposalMethod getDisposalMethod() {
    return disposalMethod;
  }

  public LedgerStatus getStatus() {
    return status;
  }

  public Long getCopyOfId() {
    return copyOfId;
  }

  public String getDisposalCaseKey() {
    return disposalCaseKey;
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
