package jp.mamori.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import jp.mamori.ledger.Ledger;
import jp.mamori.ledger.LedgerEntry;
import jp.mamori.organization.Role;
import jp.mamori.organization.calendar.BusinessCalendar;
import jp.mamori.request.RequestEntry.Investigation;
import jp.mamori.request.RequesterType.SeenDocument;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.trail.AuditTrail;
import jp.mamori.trail.CaseRef;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requests' records and their rules: who may ask and with which documents (第32条), the decision's ground per
 * kind (第27条2, 第28条2, 第29条), the fee (第31条), what was carried out, withdrawal (Keio 30-2).
 */
@Service
public class Requests {

  static final String WITHDRAWN_MESSAGE = "patientRequestWithdrawn";
  static final String APPEALED_MESSAGE = "patientRequestAppealed";

  private final PatientRequestRepository requests;
  private final RequestEntryRepository entries;
  private final Ledger ledger;
  private final RequestSettings settings;
  private final BusinessCalendar calendar;
  private final RuntimeService runtimeService;
  private final AuditTrail trail;
  private final Clock clock;

  Requests(PatientRequestRepository requests, RequestEntryRepository entries, Ledger ledger,
      RequestSettings settings, BusinessCalendar calendar, @Lazy RuntimeService runtimeService, AuditTrail trail,
      Clock clock) {
    this.trail = trail;
    this.requests = requests;
    this.entries = entries;
    this.ledger = ledger;
    this.settings = settings;
    this.calendar = calendar;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  /**
   * 第30条, 第32条: refuses a request without its kind, its patient, its data, the documents its requester type
   * needs, or from an agent the hospital does not accept; records it with its ledger entries otherwise.
   */
  @Transactional
  public PatientRequest register(String caseKey, String processInstanceId, Intake intake, String registeredBy) {
    if (intake.kind() == null) {
      throw new ActionRefused("request.error.kind");
    }
    if (intake.requesterType() == null) {
      throw new ActionRefused("request.error.requesterType");
    }
    EnumSet<SeenDocument> missing = EnumSet.copyOf(intake.requesterType().requiredDocuments());
    missing.removeAll(intake.documentsSeen());
    if (!missing.isEmpty()) {
      throw new ActionRefused("request.error.documents", missing.iterator().next().labelKey());
    }
    if (intake.requesterType() == RequesterType.AGENT && !settings.accepts(intake.agentKind())) {
      throw new ActionRefused("request.error.agent");
    }
    if (intake.requesterType().actsForThePatient() && (intake.requesterName() == null
        || intake.patientAbleToJudge() == null)) {
      throw new ActionRefused("request.error.requester");
    }
    if (intake.patientNumber() == null || intake.patientName() == null || intake.patientBirthDate() == null
        || intake.receivedOn() == null || intake.requestedData() == null) {
      throw new ActionRefused("request.error.patient");
    }
    if (intake.receivedOn().isAfter(LocalDate.now(clock.withZone(zone())))) {
      throw new ActionRefused("request.error.receivedOn");
    }
    if (intake.kind() == RequestKind.DISCLOSURE && intake.disclosureMethod() == null) {
      throw new ActionRefused("request.error.method");
    }
    if (intake.kind().carriedOutOnData() && intake.requestDetail() == null) {
      throw new ActionRefused("request.error.detail");
    }
    List<LedgerEntry> concerned = intake.ledgerEntryIds().stream().map(ledger::entry)
        .map(e -> e.orElseThrow(() -> new ActionRefused("request.error.ledgerEntry"))).toList();
    if (concerned.isEmpty()) {
      throw new ActionRefused("request.error.ledgerEntry");
    }
    PatientRequest request = requests.save(new PatientRequest(caseKey, processInstanceId, intake, registeredBy,
        clock.instant(), decisionDue(intake.receivedOn())));
    if (intake.needsConfirmation()) {
      request.moveTo(RequestStatus.CONFIRMING);
      request = requests.save(request);
    }
    for (LedgerEntry entry : concerned) {
      entries.save(new RequestEntry(request.getId(), entry.getId(), entry.getTitle(), entry.getDepartmentCode(),
          entry.getInformationManager()));
    }
    return request;
  }

  /** The decision is due {@code target-days} calendar days after receipt, at the hospital's closing time. */
  Instant decisionDue(LocalDate receivedOn) {
    return receivedOn.plusDays(settings.getTargetDays()).atTime(calendar.settings().closingTime())
        .atZone(zone()).toInstant();
  }

  private ZoneId zone() {
    return calendar.settings().zone();
  }

  @Transactional(readOnly = true)
  public PatientRequest ofCase(String caseKey) {
    return requests.findByCaseKey(caseKey).orElseThrow(() -> new IllegalStateException("no request " + caseKey));
  }

  @Transactional(readOnly = true)
  public Optional<PatientRequest> find(String caseKey) {
    return requests.findByCaseKey(caseKey);
  }

  @Transactional(readOnly = true)
  public List<RequestEntry> entriesOf(PatientRequest request) {
    return entries.findByRequestIdOrderByIdAsc(request.getId());
  }

  @Transactional(readOnly = true)
  public RequestEntry entry(String caseKey, Long ledgerEntryId) {
    return entries.findByRequestIdAndLedgerEntryId(ofCase(caseKey).getId(), ledgerEntryId).orElseThrow();
  }

  @Transactional
  public void moveTo(String caseKey, RequestStatus status) {
    PatientRequest request = ofCase(caseKey);
    request.moveTo(status);
    requests.save(request);
  }

  /**
   * 第19条2: an information manager's answer for one entry. For a disclosure of data that was found, the attending
   * doctor's opinion on harm (第27条2(1)) is part of it.
   */
  @Transactional
  public void investigated(String caseKey, Long ledgerEntryId, Investigation answer, String by) {
    PatientRequest request = ofCase(caseKey);
    if (!"found".equals(answer.dataFound()) && !"notFound".equals(answer.dataFound()) || answer.opinion() == null) {
      throw new ActionRefused("request.error.investigation");
    }
    if (request.getKind() == RequestKind.DISCLOSURE && "found".equals(answer.dataFound())
        && (answer.harmRisk() == null || answer.doctorName() == null || answer.doctorOpinion() == null)) {
      throw new ActionRefused("request.error.doctorOpinion");
    }
    RequestEntry entry = entries.findByRequestIdAndLedgerEntryId(request.getId(), ledgerEntryId).orElseThrow();
    entry.answer(answer, by, clock.instant());
    entries.save(entry);
  }

  /**
   * 第27条2, 第28条2, 第29条: a partial decision or a refusal names a ground of the request's own article and a
   * reason; 第29条 ただし書 also the replacing measure.
   */
  @Transactional
  public PatientRequest decide(String caseKey, Object outcomeValue, Object groundValue, String reason,
      String replacingMeasure, String by) {
    PatientRequest request = ofCase(caseKey);
    RequestOutcome outcome = RequestOutcome.of(outcomeValue)
        .orElseThrow(() -> new ActionRefused("request.error.outcome"));
    RequestGround ground = null;
    if (outcome.needsGround()) {
      ground = RequestGround.of(groundValue).filter(g -> g.answers(request.getKind()))
          .orElseThrow(() -> new ActionRefused("request.error.ground"));
      if (reason == null) {
        throw new ActionRefused("request.error.reason");
      }
      if (ground.needsReplacingMeasure() && replacingMeasure == null) {
        throw new ActionRefused("request.error.replacingMeasure");
      }
    }
    request.decide(outcome, ground, reason, ground == null ? null : replacingMeasure, by, clock.instant());
    return requests.save(request);
  }

  /** The total manager sent the refusal back: the supervising manager decides again. */
  @Transactional
  public void refusalReturned(String caseKey) {
    PatientRequest request = ofCase(caseKey);
    request.decide(null, null, null, null, null, null);
    request.moveTo(RequestStatus.DECIDING);
    requests.save(request);
  }

  @Transactional
  public void charge(String caseKey, String table, long total, String detail) {
    PatientRequest request = ofCase(caseKey);
    request.charge(table, total, detail);
    request.moveTo(RequestStatus.AWAITING_PAYMENT);
    requests.save(request);
  }

  /** 第31条: the desk records the payment, with its receipt, before the copies are handed over. */
  @Transactional
  public void paid(String caseKey, String receiptNumber, String by) {
    if (receiptNumber == null) {
      throw new ActionRefused("request.error.receipt");
    }
    PatientRequest request = ofCase(caseKey);
    request.paid(by, clock.instant(), receiptNumber);
    request.moveTo(RequestStatus.REPLYING);
    requests.save(request);
  }

  /** 第28条3, 第29条3: what was changed, or stopped, on one entry. */
  @Transactional
  public void carriedOut(String caseKey, Long ledgerEntryId, String change, String by) {
    if (change == null) {
      throw new ActionRefused("request.error.changeMade");
    }
    RequestEntry entry = entry(caseKey, ledgerEntryId);
    entry.carriedOut(change, by, clock.instant());
    entries.save(entry);
  }

  @Transactional
  public void close(String caseKey, RequestStatus finalStatus, String note) {
    PatientRequest request = ofCase(caseKey);
    request.close(finalStatus, clock.instant(), note);
    requests.save(request);
  }

  /**
   * Keio 30-2: the patient withdraws (an agent's) request; the desk records it on the patient's word, with the
   * reason. Only the desk, only an open request.
   */
  @Transactional
  public void withdraw(StaffPrincipal user, String caseKey, String reason) {
    if (!user.groupIds().contains(Role.MEDICAL_AFFAIRS_DESK.groupId())) {
      throw new ActionRefused("request.error.notDesk");
    }
    PatientRequest request = find(caseKey).orElseThrow(() -> new ActionRefused("request.error.gone"));
    if (!request.getStatus().isOpen()) {
      throw new ActionRefused("request.error.closed");
    }
    if (reason == null || reason.isBlank() || reason.length() > 1000) {
      throw new ActionRefused("request.error.withdrawReason");
    }
    trail.record(user.userId(), "REQUEST_WITHDRAWN", new CaseRef(request.getProcessInstanceId(), caseKey, null),
        request.getKind().value(), reason.trim(), null);
    runtimeService.createMessageCorrelation(WITHDRAWN_MESSAGE).processInstanceBusinessKey(caseKey)
        .setVariable("withdrawReason", reason.trim()).correlate();
  }

  /**
   * Keio 32-1: the person appeals against the decision; the desk registers it on the answered case (while the case
   * awaits appeals), with the date received and the reason. Only the desk; the review is due {@code target-days}
   * calendar days after the appeal was received (Keio 32-2 "速やかに").
   */
  @Transactional
  public void appeal(StaffPrincipal user, String caseKey, LocalDate receivedOn, String reason) {
    if (!user.groupIds().contains(Role.MEDICAL_AFFAIRS_DESK.groupId())) {
      throw new ActionRefused("request.error.notDesk");
    }
    PatientRequest request = find(caseKey).orElseThrow(() -> new ActionRefused("request.error.gone"));
    if (request.getStatus() != RequestStatus.ANSWERED || !awaitsAppeal(caseKey)) {
      throw new ActionRefused("request.error.notAppealable");
    }
    if (reason == null || reason.isBlank() || reason.length() > 2000) {
      throw new ActionRefused("request.error.appealReason");
    }
    if (receivedOn == null || receivedOn.isAfter(LocalDate.now(clock.withZone(zone())))) {
      throw new ActionRefused("request.error.receivedOn");
    }
    Instant due = decisionDue(receivedOn);
    request.appeal(receivedOn, reason.trim(), user.userId(), due);
    requests.save(request);
    trail.record(user.userId(), "REQUEST_APPEALED", new CaseRef(request.getProcessInstanceId(), caseKey, null),
        request.getKind().value(), reason.trim(), null);
    runtimeService.createMessageCorrelation(APPEALED_MESSAGE).processInstanceBusinessKey(caseKey)
        .setVariable("appealReason", reason.trim()).setVariable("appealReceivedOn", receivedOn.toString())
        .setVariable("appealDueAt", java.util.Date.from(due)).correlate();
  }

  /** Whether the case waits for an appeal (its reply was handed over and the appeal period runs). */
  @Transactional(readOnly = true)
  public boolean awaitsAppeal(String caseKey) {
    return runtimeService.createEventSubscriptionQuery().eventType("message").eventName(APPEALED_MESSAGE)
        .processInstanceId(ofCase(caseKey).getProcessInstanceId()).count() > 0;
  }

  /**
   * Keio 32-2: the review's outcome — {@code upheld} (the decision stands) or {@code overturned} (decided again) —
   * with its reason. Who may review is the model's business (the reviewer's group and four-eyes).
   */
  @Transactional
  public PatientRequest appealReviewed(String caseKey, Object outcome, String reason, String by) {
    if (!"upheld".equals(outcome) && !"overturned".equals(outcome)) {
      throw new ActionRefused("request.error.appealOutcome");
    }
    if (reason == null) {
      throw new ActionRefused("request.error.reason");
    }
    PatientRequest request = ofCase(caseKey);
    request.appealReviewed((String) outcome, reason, by, clock.instant());
    return requests.save(request);
  }

  /** The review's letter was handed over: the request closes again, or is decided again when overturned. */
  @Transactional
  public Instant appealAnswered(String caseKey, String note) {
    PatientRequest request = ofCase(caseKey);
    if ("overturned".equals(request.getAppealOutcome())) {
      request.decide(null, null, null, null, null, null);
      request.moveTo(RequestStatus.DECIDING);
      request.dueAgain(decisionDue(LocalDate.now(clock.withZone(zone()))));
      requests.save(request);
    } else {
      request.close(RequestStatus.ANSWERED, clock.instant(), note);
      requests.save(request);
    }
    return request.getDueAt();
  }
}
