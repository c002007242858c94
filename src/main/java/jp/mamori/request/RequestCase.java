package jp.mamori.request;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jp.mamori.organization.calendar.BusinessCalendar;
import jp.mamori.process.CaseVariables;
import jp.mamori.provision.registry.ProvisionRecords;
import jp.mamori.request.FeeTable.Fee;
import jp.mamori.request.FeeTable.Quantities;
import jp.mamori.request.RequestEntry.Investigation;
import jp.mamori.security.CaseReaders;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.Messages;
import jp.mamori.web.ModelBean;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The glue between the model patientRequest (第19条2, 第27–32条; Keio 17, 25–32) and {@link Requests}: one method
 * per service task or task listener ({@code ${requestCase.…}}). The records live in the request tables; the case
 * keeps what routes it and what its forms show.
 */
@ModelBean
@Component("requestCase")
public class RequestCase {

  private static final Locale JA = Locale.JAPANESE;
  private static final List<String> INVESTIGATION_FIELDS = List.of("dataFound", "investigationOpinion", "pages",
      "discs", "doctorName", "harmRisk", "doctorOpinion");

  private final Requests requests;
  private final RequestSettings settings;
  private final FeeTables fees;
  private final Letters letters;
  private final BusinessCalendar calendar;
  private final CaseReaders readers;
  private final ProvisionRecords provisions;
  private final Clock clock;

  RequestCase(Requests requests, RequestSettings settings, FeeTables fees, Letters letters,
      BusinessCalendar calendar, CaseReaders readers, ProvisionRecords provisions, Clock clock) {
    this.clock = clock;
    this.provisions = provisions;
    this.requests = requests;
    this.settings = settings;
    this.fees = fees;
    this.letters = letters;
    this.calendar = calendar;
    this.readers = readers;
  }

  /**
   * 第30条, 第32条 (Keio 30): the desk's registration. Refused, nothing started, when the requester's documents
   * are missing or the agent is not accepted. Sets the deadlines: the decision {@code target-days} calendar days
   * after receipt, the investigation's reminder and escalation in business days.
   */
  public void registered(DelegateExecution execution) {
    Intake intake = Intake.of(execution.getVariables());
    String caseKey = execution.getProcessBusinessKey();
    PatientRequest request = requests.register(caseKey, execution.getProcessInstanceId(), intake,
        (String) execution.getVariable("initiator"));
    List<RequestEntry> entries = requests.entriesOf(request);
    List<String> caseReaders = new ArrayList<>(entries.stream().map(RequestEntry::getInformationManager).toList());
    caseReaders.add(request.getRegisteredBy());
    readers.grant(execution.getProcessInstanceId(), caseReaders);

    Date decisionDue = Date.from(request.getDueAt());
    Date investigationDue = calendar.dueInBusinessDays(settings.getReviewDays());
    Date investigationEscalate = calendar.dueInBusinessDays(settings.getEscalateAfterDays());
    execution.setVariable("caseNumber", caseKey);
    execution.setVariable("needsConfirmation", intake.needsConfirmation());
    execution.setVariable("decisionDueAt", decisionDue);
    execution.setVariable("decisionRemindAt", earlier(investigationEscalate, decisionDue));
    execution.setVariable("decisionDueOn", request.getDueAt().atZone(ZoneId.of("Asia/Tokyo")).toLocalDate()
        .format(DateTimeFormatter.ISO_LOCAL_DATE));
    execution.setVariable("investigationDueAt", earlier(investigationDue, decisionDue));
    execution.setVariable("investigationEscalateAt", earlier(investigationEscalate, decisionDue));
    execution.setVariable("requestKindLabel", Messages.text(JA, request.getKind().labelKey()));
    execution.setVariable("requesterSummary", requesterSummary(request));
  }

  private static Date earlier(Date a, Date b) {
    return a.before(b) ? a : b;
  }

  private static String requesterSummary(PatientRequest request) {
    String type = Messages.text(JA, request.getRequesterType().labelKey());
    return request.getRequesterName() == null ? type
        : type + ": " + request.getRequesterName() + (request.getRequesterRelation() == null ? ""
            : "(" + request.getRequesterRelation() + ")");
  }

  /** Keio 30-3: the patient's will, asked by the desk; a withdrawal ends the request (Keio 30-2). */
  public void confirmed(DelegateTask task) {
    Object decision = task.getVariable("confirmDecision");
    if (!"confirmed".equals(decision) && !"withdrawn".equals(decision)) {
      throw new ActionRefused("request.error.confirmDecision");
    }
    if (CaseVariables.text(task.getVariables(), "confirmReason") == null) {
      throw new ActionRefused("request.error.confirmReason");
    }
    if ("confirmed".equals(decision)) {
      requests.moveTo(task.getExecution().getProcessBusinessKey(), RequestStatus.INVESTIGATING);
    }
  }

  /** The request ends withdrawn: by the patient at the confirmation, or by the desk at any time (Keio 30-2). */
  public void withdrawn(DelegateExecution execution) {
    String reason = CaseVariables.text(execution.getVariables(), "withdrawReason",
        CaseVariables.text(execution.getVariables(), "confirmReason"));
    requests.close(execution.getProcessBusinessKey(), RequestStatus.WITHDRAWN, reason);
  }

  /** The multi-instance collection: the ledger entries the request concerns, one task each. */
  public List<Long> entries(DelegateExecution execution) {
    return requests.entriesOf(requests.ofCase(execution.getProcessBusinessKey())).stream()
        .map(RequestEntry::getLedgerEntryId).toList();
  }

  /** The investigation's and the carrying-out's assignee: the entry's information manager (第5条), a person. */
  public String informationManagerOf(DelegateExecution execution) {
    return requests.entry(execution.getProcessBusinessKey(), (Long) execution.getVariable("entryId"))
        .getInformationManager();
  }

  /** Shows the entry on the task's form. */
  public void prepareInvestigation(DelegateTask task) {
    RequestEntry entry = requests.entry(task.getExecution().getProcessBusinessKey(),
        (Long) task.getVariable("entryId"));
    task.setVariableLocal("entryTitle", entry.getEntryTitle());
    task.setVariableLocal("entryDepartment", entry.getDepartmentCode());
  }

  /** 第19条2, 第27条2(1): one entry's answer, kept in the request's tables and out of the case (the next is blank). */
  public void investigated(DelegateTask task) {
    Map<String, Object> vars = task.getVariables();
    requests.investigated(task.getExecution().getProcessBusinessKey(), (Long) task.getVariable("entryId"),
        new Investigation(CaseVariables.text(vars, "dataFound"), CaseVariables.text(vars, "investigationOpinion"),
            count(vars.get("pages")), count(vars.get("discs")), CaseVariables.text(vars, "doctorName"),
            CaseVariables.text(vars, "harmRisk"), CaseVariables.text(vars, "doctorOpinion")),
        task.getAssignee());
    INVESTIGATION_FIELDS.forEach(task.getExecution()::removeVariable);
  }

  private static Integer count(Object value) {
    String text = CaseVariables.text(value);
    if (text == null) {
      return null;
    }
    try {
      return (int) Math.max(0, Math.round(Double.parseDouble(text)));
    } catch (NumberFormatException e) {
      throw new ActionRefused("request.error.count");
    }
  }

  /** What the decider reads: each entry's answer and, for a notice of purposes, nothing more is needed. */
  public void investigationsDone(DelegateExecution execution) {
    String caseKey = execution.getProcessBusinessKey();
    PatientRequest request = requests.ofCase(caseKey);
    String summary = requests.entriesOf(request).stream().map(e -> "・" + e.getEntryTitle() + "("
        + e.getDepartmentCode() + "): " + Messages.text(JA, "request.dataFound." + e.getDataFound()) + " — "
        + e.getOpinion() + (e.getDoctorOpinion() == null ? "" : " / " + Messages.text(JA, "request.doctor") + " "
            + e.getDoctorName() + ": " + Messages.text(JA, "request.harm." + e.getHarmRisk()) + " — "
            + e.getDoctorOpinion()))
        .collect(Collectors.joining("\n"));
    execution.setVariable("investigationSummary", summary);
    requests.moveTo(caseKey, RequestStatus.DECIDING);
  }

  /**
   * 第27条2, 第28条2, 第29条: the supervising manager's decision with its ground and reason (the desk clerk who
   * registered is excluded by the model's fourEyes).
   */
  public void decided(DelegateTask task) {
    Map<String, Object> vars = task.getVariables();
    PatientRequest request = requests.decide(task.getExecution().getProcessBusinessKey(),
        vars.get("requestDecision"), vars.get("requestGround"), CaseVariables.text(vars, "requestReason"),
        CaseVariables.text(vars, "replacingMeasure"), task.getAssignee());
    readers.grant(task.getProcessInstanceId(), List.of(task.getAssignee()));
    task.setVariable("requestDecisionLabel", Messages.text(JA, request.getOutcome().labelKey()));
    task.setVariable("requestGroundLabel", request.getGround() == null ? ""
        : Messages.text(JA, request.getGround().labelKey()));
    if (request.getKind().carriedOutOnData() && request.getOutcome() != RequestOutcome.REFUSAL) {
      requests.moveTo(request.getCaseKey(), RequestStatus.CARRYING_OUT);
    } else if (request.getOutcome() == RequestOutcome.REFUSAL || request.getKind() != RequestKind.DISCLOSURE) {
      requests.moveTo(request.getCaseKey(), RequestStatus.REPLYING);
    }
  }

  /** The total manager confirms a refusal, or returns it with a reason to the supervising manager. */
  public void refusalConfirmed(DelegateTask task) {
    Object decision = task.getVariable("refusalDecision");
    String caseKey = task.getExecution().getProcessBusinessKey();
    if ("return".equals(decision)) {
      if (CaseVariables.text(task.getVariables(), "refusalReason") == null) {
        throw new ActionRefused("request.error.reason");
      }
      requests.refusalReturned(caseKey);
    } else if (!"confirm".equals(decision)) {
      throw new ActionRefused("request.error.outcome");
    }
    readers.grant(task.getProcessInstanceId(), List.of(task.getAssignee()));
  }

  /** 第31条: the fee from the hospital's table and what is disclosed, shown to the desk before the hand-over. */
  public void feeComputed(DelegateExecution execution) {
    Map<String, Object> vars = execution.getVariables();
    FeeTable table = fees.current();
    Fee fee = table.compute(new Quantities(n(vars, "copyPages"), n(vars, "imageDiscs"), n(vars, "otherDiscs"),
        n(vars, "viewingDoctorUnits"), n(vars, "viewingClerkUnits"), n(vars, "summaryDepartments")));
    NumberFormat yen = NumberFormat.getIntegerInstance(JA);
    String detail = fee.lines().stream().map(l -> l.item().label() + " × " + l.quantity() + " = "
        + Messages.text(JA, "request.fee.yen", yen.format(l.amount()))
        + (l.item().maxPrice() == null ? "" : " " + Messages.text(JA, "request.fee.range",
            yen.format(l.item().maxPrice() * l.quantity()))))
        .collect(Collectors.joining("\n"));
    requests.charge(execution.getProcessBusinessKey(), table.name(), fee.total(), detail);
    execution.setVariable("feeTotal", fee.total());
    execution.setVariable("feeTotalText", Messages.text(JA, "request.fee.yen", yen.format(fee.total())));
    execution.setVariable("feeDetail", detail.isEmpty() ? Messages.text(JA, "request.fee.none") : detail);
  }

  private static long n(Map<String, Object> vars, String key) {
    Integer count = count(vars.get(key));
    return count == null ? 0 : count;
  }

  /** 第31条: paid (with the receipt) before the copies are handed over, or not paid: nothing is disclosed. */
  public void paymentRecorded(DelegateTask task) {
    Map<String, Object> vars = task.getVariables();
    String caseKey = task.getExecution().getProcessBusinessKey();
    switch (String.valueOf(vars.get("paymentDecision"))) {
      case "paid" -> requests.paid(caseKey, CaseVariables.text(vars, "receiptNumber"), task.getAssignee());
      case "notPaid" -> {
        if (CaseVariables.text(vars, "paymentReason") == null) {
          throw new ActionRefused("request.error.reason");
        }
      }
      default -> throw new ActionRefused("request.error.payment");
    }
  }

  public void notPaid(DelegateExecution execution) {
    requests.close(execution.getProcessBusinessKey(), RequestStatus.NOT_PAID,
        CaseVariables.text(execution.getVariables(), "paymentReason"));
  }

  /** 第28条3, 第29条3: what was corrected, or which use or provision was stopped, on one entry. */
  public void carriedOut(DelegateTask task) {
    String caseKey = task.getExecution().getProcessBusinessKey();
    String change = CaseVariables.text(task.getVariables(), "changeMade");
    PatientRequest request = requests.ofCase(caseKey);
    if (request.getKind() == RequestKind.STOP_PROVISION) {
      // 第29条2 (Keio 25): the provisions recorded for the patient are stopped in the provision records, once
      List<String> stopped = provisions.stopFor(request.getPatientNumber(), null, task.getAssignee(),
          Messages.notice("request.provisionStopped.reason", caseKey)).stream().map(r -> r.getCaseKey()).toList();
      if (!stopped.isEmpty()) {
        change = Messages.notice("request.provisionStopped.change", change, String.join("、", stopped));
      }
    }
    requests.carriedOut(caseKey, (Long) task.getVariable("entryId"), change, task.getAssignee());
    task.getExecution().removeVariable("changeMade");
  }

  /** 別紙6, 8-1/8-2, 10-1/10-2: the reply letter from the template of its kind and outcome, kept with the case. */
  public void letterWritten(DelegateExecution execution) {
    String caseKey = execution.getProcessBusinessKey();
    letters.write(caseKey);
    requests.moveTo(caseKey, RequestStatus.REPLYING);
  }

  /** The reply was handed over: the request is answered; an appeal may follow within {@code appeal-days} (Keio 32). */
  public void replied(DelegateTask task) {
    requests.close(task.getExecution().getProcessBusinessKey(), RequestStatus.ANSWERED,
        CaseVariables.text(task.getVariables(), "replyMethod"));
    task.setVariable("appealUntil", Date.from(clock.instant().plus(Duration.ofDays(settings.getAppealDays()))));
  }

  /** Keio 32-2: the reviewer reads the decision and the appeal; a reviewer of the case may read it (need to know). */
  public void prepareAppealReview(DelegateTask task) {
    PatientRequest request = requests.ofCase(task.getExecution().getProcessBusinessKey());
    task.setVariableLocal("requestDecisionLabel", request.getOutcome() == null ? ""
        : Messages.text(JA, request.getOutcome().labelKey()));
  }

  /** Keio 32-2: the review's outcome and reason (the decider is excluded by the model's fourEyesTasks). */
  public void appealReviewed(DelegateTask task) {
    Map<String, Object> vars = task.getVariables();
    requests.appealReviewed(task.getExecution().getProcessBusinessKey(), vars.get("appealOutcome"),
        CaseVariables.text(vars, "appealReviewReason"), task.getAssignee());
    readers.grant(task.getProcessInstanceId(), List.of(task.getAssignee()));
    task.setVariable("appealOutcomeLabel", Messages.text(JA, "request.appeal.outcome." + vars.get("appealOutcome")));
  }

  /** The review's letter (letters/appeal-upheld.txt or appeal-overturned.txt), kept with the case. */
  public void appealLetterWritten(DelegateExecution execution) {
    letters.writeAppeal(execution.getProcessBusinessKey());
  }

  /**
   * The review's letter was handed over. Upheld: the request is answered again. Overturned: the supervising manager
   * decides again, with fresh deadlines (the earlier ones have passed).
   */
  public void appealReplied(DelegateTask task) {
    Instant due = requests.appealAnswered(task.getExecution().getProcessBusinessKey(),
        CaseVariables.text(task.getVariables(), "appealReplyMethod"));
    if ("overturned".equals(task.getVariable("appealOutcome"))) {
      Date decisionDue = Date.from(due);
      task.setVariable("decisionDueAt", decisionDue);
      task.setVariable("decisionRemindAt", earlier(calendar.dueInBusinessDays(settings.getReviewDays()), decisionDue));
    }
  }
}
