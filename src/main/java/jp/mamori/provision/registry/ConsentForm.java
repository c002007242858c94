package jp.mamori.provision.registry;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the desk copies from 別紙3: the patient, the scope (items and purpose), the recipient, the period; for a minor
 * the birth date, the legal representative who signed, and whether the minor signed too (Keio 11).
 */
public record ConsentForm(String patientNumber, String patientName, String scope, String recipient,
    LocalDate validFrom, LocalDate validUntil, LocalDate birthDate, String representative, boolean ownConsent)
    implements Serializable {
}
