package jp.mamori.provision.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.mamori.notification.Notifications;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.StoredText;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records of provision and receipt (APPI 29-30条) and the stop of provision (Keio 25, 第29条2). The query API by
 * patient number ({@link #ofPatient}, {@link #stopFor}) is what a patient's request for the records of provision or
 * for a stop of provision answers from.
 */
@Service
public class ProvisionRecords {

  static final String INFORMATION_MANAGER = "information-manager";

  private final ProvisionRecordRepository records;
  private final ReceiptRecordRepository receipts;
  private final ProvisionSettings settings;
  private final Notifications notifications;
  private final Clock clock;

  ProvisionRecords(ProvisionRecordRepository records, ReceiptRecordRepository receipts, ProvisionSettings settings,
      Notifications notifications, Clock clock) {
    this.records = records;
    this.receipts = receipts;
    this.settings = settings;
    this.notifications = notifications;
    this.clock = clock;
  }

  /**
   * Writes the record of a case's provision, exactly once: a retried task or a second call finds the record it
   * wrote (and the database's unique case key refuses a twin from a concurrent one).
   */
  @Transactional
  public ProvisionRecord record(String caseKey, ProvisionRequest request, String approvedBy, String confirmedBy) {
    return records.findByCaseKey(caseKey).orElseGet(() -> {
      LocalDate today = LocalDate.now(clock);
      return records.save(new ProvisionRecord(caseKey, request, approvedBy, confirmedBy, today, clock.instant(),
          today.plus(settings.getRecordRetention())));
    });
  }

  @Transactional(readOnly = true)
  public Optional<ProvisionRecord> ofCase(String caseKey) {
    return records.findByCaseKey(caseKey);
  }

  /** Every provision about the patient, newest first (the answer to a request for the records of provision). */
  @Transactional(readOnly = true)
  public List<ProvisionRecord> ofPatient(String patientNumber) {
    return patientNumber == null ? List.of() : records.findByPatient(patientNumber);
  }

  /**
   * Stops the provisions about the patient (Keio 25, 第29条2): every record not yet stopped, or only those to one
   * recipient, is marked stopped by whom, when and why; the information managers are told to tell the recipients.
   *
   * @param recipient null for every recipient
   * @return the records stopped now (empty when none was running)
   */
  @Transactional
  public List<ProvisionRecord> stopFor(String patientNumber, String recipient, String by, String reason) {
    if (patientNumber == null || reason == null) {
      throw new ActionRefused("provision.error.stopIncomplete");
    }
    List<ProvisionRecord> stopped = ofPatient(patientNumber).stream().filter(r -> !r.isStopped())
        .filter(r -> recipient == null || r.getRecipient().equals(recipient)).toList();
    stopped.forEach(r -> r.stop(by, clock.instant(), reason, false));
    stopped = records.saveAll(stopped);
    tell(stopped, "provision.notice.stopped", patientNumber);
    return stopped;
  }

  /**
   * 次世代医療基盤法 (001): the patient's opt-out stops every provision to a certified producer about them, and the
   * data already provided are to be deleted where possible; the information managers send the notice.
   */
  @Transactional
  public List<ProvisionRecord> stopForOptOut(String patientNumber, String by, String reason) {
    List<ProvisionRecord> stopped = ofPatient(patientNumber).stream().filter(r -> !r.isStopped())
        .filter(r -> ProvisionRequest.CERTIFIED_PRODUCER.equals(r.getRecipientKind())).toList();
    stopped.forEach(r -> r.stop(by, clock.instant(), reason, true));
    stopped = records.saveAll(stopped);
    tell(stopped, "provision.notice.optOut", patientNumber);
    return stopped;
  }

  private void tell(List<ProvisionRecord> stopped, String key, String patientNumber) {
    for (ProvisionRecord record : stopped) {
      notifications.toRole(INFORMATION_MANAGER, StoredText.of(key + ".title", record.getRecipient()),
          StoredText.of(key + ".body", record.getCaseKey(), patientNumber, record.getRecipient()),
          "/provisions.xhtml");
    }
  }

  /** The records page: every record whose recipient, patients, items or case number contain the text. */
  @Transactional(readOnly = true)
  public Page<ProvisionRecord> search(String text, Pageable page) {
    return records.search(text, page);
  }

  @Transactional
  public ReceiptRecord recordReceipt(ReceiptForm form, String by) {
    if (form.receivedOn() == null || form.provider() == null || form.howObtained() == null
        || form.patientNumbers() == null || form.dataItems() == null) {
      throw new ActionRefused("provision.error.receiptIncomplete");
    }
    return receipts.save(new ReceiptRecord(form, by, clock.instant(),
        form.receivedOn().plus(settings.getRecordRetention())));
  }

  /** The receipts page (APPI 30条): every receipt whose provider, patients or items contain the text. */
  @Transactional(readOnly = true)
  public Page<ReceiptRecord> searchReceipts(String text, Pageable page) {
    return receipts.search(text, page);
  }

  @Transactional(readOnly = true)
  public long count(Basis basis) {
    return records.countByBasis(basis);
  }

  @Transactional(readOnly = true)
  public long exceptionsApproved() {
    return records.countByBasisAndApprovedByIsNotNull(Basis.EXCEPTION);
  }

  @Transactional(readOnly = true)
  public List<ProvisionRecord> ofBasis(Basis basis) {
    return records.findByBasisOrderByIdDesc(basis);
  }
}
