package jp.mamori.provision.registry;

import java.io.Serializable;
import java.util.List;

/**
 * What a handler files (第26条): the recipient and its kind, the patients, the items and ledger entries, why, and
 * the basis with its purpose code, consent number or exception ground and the measures taken (第26条3).
 */
public record ProvisionRequest(String recipient, String recipientKind, List<String> patients, String dataItems,
    String ledgerEntries, String reason, Basis basis, String purposeCode, Long consentId,
    ExceptionGround exceptionGround, String measures, String filedBy) implements Serializable {

  /** The recipient kind of a certified producer under 次世代医療基盤法 (001). */
  public static final String CERTIFIED_PRODUCER = "certifiedProducer";

  public ProvisionRequest {
    patients = patients == null ? List.of() : List.copyOf(patients);
  }

  public boolean toCertifiedProducer() {
    return CERTIFIED_PRODUCER.equals(recipientKind);
  }

  /** The same request with the measures the approver recorded (第26条3). */
  public ProvisionRequest withMeasures(String approvedMeasures) {
    return new ProvisionRequest(recipient, recipientKind, patients, dataItems, ledgerEntries, reason, basis,
        purposeCode, consentId, exceptionGround, approvedMeasures, filedBy);
  }
}
