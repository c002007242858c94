package jp.mamori.provision.registry;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.mamori.web.ActionRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consent registry (第26条2・4; Keio 10-11): consents of 別紙3 recorded at the desk, narrowed or withdrawn on
 * 別紙4, every change dated and signed by the login; and the check a provision based on consent must pass.
 */
@Service
public class Consents {

  private final ConsentRepository consents;
  private final ConsentChangeRepository changes;
  private final ProvisionSettings settings;
  private final Clock clock;

  Consents(ConsentRepository consents, ConsentChangeRepository changes, ProvisionSettings settings, Clock clock) {
    this.consents = consents;
    this.changes = changes;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * Records a consent of 別紙3. A patient under 18 on the first day is a minor: the legal representative must have
   * signed, and from {@code mamori.provision.minor-own-consent-age} the minor as well (Keio 11).
   */
  @Transactional
  public Consent record(ConsentForm form, String by) {
    if (form.patientNumber() == null || form.scope() == null || form.recipient() == null
        || form.validFrom() == null) {
      throw new ActionRefused("provision.error.consentIncomplete");
    }
    if (form.validUntil() != null && form.validUntil().isBefore(form.validFrom())) {
      throw new ActionRefused("provision.error.consentPeriod");
    }
    boolean minor = false;
    if (form.birthDate() != null) {
      int age = Period.between(form.birthDate(), form.validFrom()).getYears();
      minor = age < ProvisionSettings.AGE_OF_MAJORITY;
      if (minor && form.representative() == null) {
        throw new ActionRefused("provision.error.minorRepresentative");
      }
      if (minor && age >= settings.getMinorOwnConsentAge() && !form.ownConsent()) {
        throw new ActionRefused("provision.error.minorOwnConsent", settings.getMinorOwnConsentAge());
      }
    }
    Consent consent = consents.save(new Consent(form, minor, by, clock.instant()));
    changes.save(new ConsentChange(consent.getId(), ConsentChange.GIVEN, null, consent.getScope(), null, by,
        clock.instant()));
    return consent;
  }

  /** 別紙4, partial withdrawal (Keio 10): the consent stays for the narrower scope only. */
  @Transactional
  public Consent narrow(Long consentId, String newScope, String note, String by) {
    Consent consent = active(consentId);
    if (newScope == null || newScope.equals(consent.getScope())) {
      throw new ActionRefused("provision.error.scopeUnchanged");
    }
    changes.save(new ConsentChange(consentId, ConsentChange.NARROWED, consent.getScope(), newScope, note, by,
        clock.instant()));
    consent.narrow(newScope);
    return consents.save(consent);
  }

  /** 別紙4: the whole consent is withdrawn; provisions based on it are refused from now on. */
  @Transactional
  public Consent withdraw(Long consentId, String note, String by) {
    Consent consent = active(consentId);
    consent.withdraw(by, clock.instant());
    consent = consents.save(consent);
    changes.save(new ConsentChange(consentId, ConsentChange.WITHDRAWN, consent.getScope(), null, note, by,
        clock.instant()));
    return consent;
  }

  /**
   * A provision on consent needs a consent in force today, of the one patient provided about, to that recipient
   * (第26条2); a withdrawn, expired or other patient's or recipient's consent is refused.
   */
  @Transactional(readOnly = true)
  public Consent requireFor(Long consentId, List<String> patients, String recipient) {
    Consent consent = consentId == null ? null : consents.findById(consentId).orElse(null);
    if (consent == null) {
      throw new ActionRefused("provision.error.consentUnknown", consentId);
    }
    if (consent.getStatus() == ConsentStatus.WITHDRAWN) {
      throw new ActionRefused("provision.error.consentWithdrawn", consentId);
    }
    if (!consent.inForceOn(LocalDate.now(clock))) {
      throw new ActionRefused("provision.error.consentExpired", consentId);
    }
    if (!List.of(consent.getPatientNumber()).equals(patients)
        || !normalized(consent.getRecipient()).equals(normalized(recipient))) {
      throw new ActionRefused("provision.error.consentScope", consentId);
    }
    return consent;
  }

  private static String normalized(String text) {
    return text == null ? "" : text.replaceAll("[\\s　]+", "").toLowerCase();
  }

  @Transactional(readOnly = true)
  public Optional<Consent> find(Long consentId) {
    return consentId == null ? Optional.empty() : consents.findById(consentId);
  }

  @Transactional(readOnly = true)
  public List<Consent> ofPatient(String patientNumber) {
    return patientNumber == null ? List.of() : consents.findByPatientNumberOrderByIdDesc(patientNumber);
  }

  @Transactional(readOnly = true)
  public List<ConsentChange> history(Long consentId) {
    return changes.findByConsentIdOrderByIdAsc(consentId);
  }

  private Consent active(Long consentId) {
    Consent consent = consents.findById(Objects.requireNonNull(consentId, "consentId"))
        .orElseThrow(() -> new ActionRefused("provision.error.consentUnknown", consentId));
    if (consent.getStatus() != ConsentStatus.ACTIVE) {
      throw new ActionRefused("provision.error.consentWithdrawn", consentId);
    }
    return consent;
  }
}
