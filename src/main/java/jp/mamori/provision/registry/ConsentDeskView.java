package jp.mamori.provision.registry;

import static jp.mamori.provision.registry.ProvisionListView.blank;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.security.CurrentUser;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.Messages;
import org.springframework.stereotype.Component;

/**
 * Backs consents.xhtml, the desk's page for one patient at a time: consents of 別紙3 and their changes and
 * withdrawals on 別紙4, objections and the 次世代医療基盤法 opt-out, the provisions about the patient and their
 * stop (Keio 25). Handlers and managers look up; only the desk records (the login is who recorded it).
 */
@Component
@ViewScoped
public class ConsentDeskView implements Serializable {

  private final transient Consents consents;
  private final transient Objections objections;
  private final transient ProvisionRecords records;
  private final transient CurrentUser currentUser;
  private final transient StaffDirectory staff;

  private String patientNumber;
  private String shown;
  private String patientName;
  private String scope;
  private String recipient;
  private LocalDate validFrom;
  private LocalDate validUntil;
  private LocalDate birthDate;
  private String representative;
  private boolean ownConsent;
  private Long changeId;
  private String newScope;
  private String changeNote;
  private ObjectionKind objectionKind;
  private String objectionNote;
  private String stopReason;

  ConsentDeskView(Consents consents, Objections objections, ProvisionRecords records, CurrentUser currentUser,
      StaffDirectory staff) {
    this.consents = consents;
    this.objections = objections;
    this.records = records;
    this.currentUser = currentUser;
    this.staff = staff;
  }

  public boolean isMayRead() {
    return ProvisionAccess.CONSENT_READERS.stream().anyMatch(currentUser::has);
  }

  public boolean isDesk() {
    return ProvisionAccess.DESK.stream().anyMatch(currentUser::has);
  }

  public boolean isMayReadRecords() {
    return ProvisionAccess.RECORD_READERS.stream().anyMatch(currentUser::has);
  }

  public void lookup() {
    shown = isMayRead() ? blank(patientNumber) : null;
  }

  public String getShown() {
    return shown;
  }

  public List<Consent> getConsents() {
    return shown == null ? List.of() : consents.ofPatient(shown);
  }

  public List<ConsentChange> history(Long consentId) {
    return consents.history(consentId);
  }

  public List<Objection> getObjections() {
    return shown == null ? List.of() : objections.ofPatient(shown);
  }

  public List<ProvisionRecord> getProvisions() {
    return shown == null || !isMayReadRecords() ? List.of() : records.ofPatient(shown);
  }

  public List<ObjectionKind> getObjectionKinds() {
    return List.of(ObjectionKind.values());
  }

  public String name(String userId) {
    return userId == null ? "—" : staff.displayName(userId);
  }

  public void addConsent() {
    desk(() -> {
      Consent consent = consents.record(new ConsentForm(shown, blank(patientName), blank(scope), blank(recipient),
          validFrom, validUntil, birthDate, blank(representative), ownConsent), user());
      patientName = scope = recipient = representative = null;
      validFrom = validUntil = birthDate = null;
      ownConsent = false;
      return new Done("consents.saved", consent.getId());
    });
  }

  public void narrow() {
    desk(() -> {
      mine(changeId);
      consents.narrow(changeId, blank(newScope), blank(changeNote), user());
      return new Done("consents.changed");
    });
  }

  public void withdraw() {
    desk(() -> {
      mine(changeId);
      consents.withdraw(changeId, blank(changeNote), user());
      return new Done("consents.changed");
    });
  }

  public void addObjection() {
    desk(() -> {
      int before = (int) records.ofPatient(shown).stream().filter(ProvisionRecord::isStopped).count();
      objections.record(shown, objectionKind, blank(objectionNote), user());
      int after = (int) records.ofPatient(shown).stream().filter(ProvisionRecord::isStopped).count();
      objectionKind = null;
      objectionNote = null;
      return new Done("consents.objection.saved", after - before);
    });
  }

  public void withdrawObjection(Long objectionId) {
    desk(() -> {
      if (objections.ofPatient(shown).stream().noneMatch(o -> o.getId().equals(objectionId))) {
        throw new ActionRefused("provision.error.objectionUnknown", objectionId);
      }
      objections.withdraw(objectionId, user());
      return new Done("consents.changed");
    });
  }

  /** Keio 25, 第29条2: the provisions about the shown patient are stopped. */
  public void stop() {
    desk(() -> {
      int stopped = records.stopFor(shown, null, user(), blank(stopReason)).size();
      stopReason = null;
      return new Done("consents.stopped", stopped);
    });
  }

  private void mine(Long consentId) {
    if (consentId == null || consents.ofPatient(shown).stream().noneMatch(c -> c.getId().equals(consentId))) {
      throw new ActionRefused("provision.error.consentUnknown", consentId);
    }
  }

  private String user() {
    return currentUser.require().userId();
  }

  private void desk(Supplier<Done> action) {
    if (!isDesk() || shown == null) {
      Messages.refused(new ActionRefused("provision.error.notAllowed"));
      return;
    }
    try {
      Done done = action.get();
      Messages.info(done.key(), done.args());
    } catch (ActionRefused refused) {
      Messages.refused(refused);
    }
  }

  /** What the page says when an action succeeded: a message key and its arguments. */
  private record Done(String key, Object... args) {}

  public String getPatientNumber() {
    return patientNumber;
  }

  public void setPatientNumber(String patientNumber) {
    this.patientNumber = patientNumber;
  }

  public String getPatientName() {
    return patientName;
  }

  public void setPatientName(String patientName) {
    this.patientName = patientName;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public String getRecipient() {
    return recipient;
  }

  public void setRecipient(String recipient) {
    this.recipient = recipient;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public void setValidFrom(LocalDate validFrom) {
    this.validFrom = validFrom;
  }

  public LocalDate getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(LocalDate validUntil) {
    this.validUntil = validUntil;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public void setBirthDate(LocalDate birthDate) {
    this.birthDate = birthDate;
  }

  public String getRepresentative() {
    return representative;
  }

  public void setRepresentative(String representative) {
    this.representative = representative;
  }

  public boolean isOwnConsent() {
    return ownConsent;
  }

  public void setOwnConsent(boolean ownConsent) {
    this.ownConsent = ownConsent;
  }

  public Long getChangeId() {
    return changeId;
  }

  public void setChangeId(Long changeId) {
    this.changeId = changeId;
  }

  public String getNewScope() {
    return newScope;
  }

  public void setNewScope(String newScope) {
    this.newScope = newScope;
  }

  public String getChangeNote() {
    return changeNote;
  }

  public void setChangeNote(String changeNote) {
    this.changeNote = changeNote;
  }

  public ObjectionKind getObjectionKind() {
    return objectionKind;
  }

  public void setObjectionKind(ObjectionKind objectionKind) {
    this.objectionKind = objectionKind;
  }

  public String getObjectionNote() {
    return objectionNote;
  }

  public void setObjectionNote(String objectionNote) {
    this.objectionNote = objectionNote;
  }

  public String getStopReason() {
    return stopReason;
  }

  public void setStopReason(String stopReason) {
    this.stopReason = stopReason;
  }
}
