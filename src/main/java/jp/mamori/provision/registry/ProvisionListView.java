package jp.mamori.provision.registry;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.security.CurrentUser;
import jp.mamori.security.PatientDataReads;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.Messages;
import org.springframework.stereotype.Component;

/**
 * Backs provisions.xhtml: the records of provision paged in the database and searched, their CSV export, and the
 * records of receipt with the form that enters one (APPI 29-30条). The URL rule guards the page; the role lists
 * of {@link ProvisionAccess} guard the data and the entry whatever path reaches the view.
 */
@Component
@ViewScoped
public class ProvisionListView implements Serializable {

  static final String RECEIPT_NUMBER = "RCPT-";

  private final transient ProvisionRecords records;
  private final transient CurrentUser currentUser;
  private final transient StaffDirectory staff;
  private final transient PatientDataReads patientDataReads;
  private String query;
  private transient ProvisionLazyModel model;
  private transient ReceiptLazyModel receipts;
  private LocalDate receivedOn;
  private String provider;
  private String providerAddress;
  private String howObtained;
  private String receiptPatients;
  private String receiptItems;

  ProvisionListView(ProvisionRecords records, CurrentUser currentUser, StaffDirectory staff,
      PatientDataReads patientDataReads) {
    this.patientDataReads = patientDataReads;
    this.records = records;
    this.currentUser = currentUser;
    this.staff = staff;
  }

  boolean allowed() {
    return ProvisionAccess.RECORD_READERS.stream().anyMatch(currentUser::has);
  }

  public boolean isMayEnterReceipts() {
    return ProvisionAccess.RECEIPT_WRITERS.stream().anyMatch(currentUser::has);
  }

  public ProvisionLazyModel getModel() {
    if (model == null) {
      // each page of records shown (patient numbers) is in the access log of patient data (ADR 0026)
      model = new ProvisionLazyModel(records, () -> query, allowed(), page -> page.stream()
          .map(ProvisionRecord::getCaseKey).distinct().forEach(key -> patientDataReads.viewed(key, "provisions.xhtml")));
    }
    return model;
  }

  /**
   * The receipts, paged in the database and searched with the records; each receipt shown (its patient numbers) is
   * in the access log of patient data under its own number, {@code RCPT-} and its id, as it belongs to no case.
   */
  public ReceiptLazyModel getReceipts() {
    if (receipts == null) {
      receipts = new ReceiptLazyModel(records, () -> query, allowed(), page -> page.forEach(
          receipt -> patientDataReads.viewed(RECEIPT_NUMBER + receipt.getId(), "provisions.xhtml")));
    }
    return receipts;
  }

  public String getExportUrl() {
    return "/provisions/export.csv" + (query == null ? "" : "?q=" + URLEncoder.encode(query,
        StandardCharsets.UTF_8));
  }

  public String name(String userId) {
    return userId == null ? "—" : staff.displayName(userId);
  }

  public void saveReceipt() {
    if (!isMayEnterReceipts()) {
      Messages.refused(new ActionRefused("provision.error.notAllowed"));
      return;
    }
    try {
      records.recordReceipt(new ReceiptForm(receivedOn, blank(provider), blank(providerAddress), blank(howObtained),
          blank(receiptPatients), blank(receiptItems)), currentUser.require().userId());
      Messages.info("provisions.receipt.saved");
      receivedOn = null;
      provider = providerAddress = howObtained = receiptPatients = receiptItems = null;
    } catch (ActionRefused refused) {
      Messages.refused(refused);
    }
  }

  static String blank(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = blank(query);
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public void setReceivedOn(LocalDate receivedOn) {
    this.receivedOn = receivedOn;
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  public String getProviderAddress() {
    return providerAddress;
  }

  public void setProviderAddress(String providerAddress) {
    this.providerAddress = providerAddress;
  }

  public String getHowObtained() {
    return howObtained;
  }

  public void setHowObtained(String howObtained) {
    this.howObtained = howObtained;
  }

  public String getReceiptPatients() {
    return receiptPatients;
  }

  public void setReceiptPatients(String receiptPatients) {
    this.receiptPatients = receiptPatients;
  }

  public String getReceiptItems() {
    return receiptItems;
  }

  public void setReceiptItems(String receiptItems) {
    this.receiptItems = receiptItems;
  }
}
