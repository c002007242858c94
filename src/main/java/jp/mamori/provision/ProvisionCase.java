package jp.mamori.provision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.ledger.Ledger;
import jp.mamori.ledger.LedgerEntry;
import jp.mamori.notification.Notifications;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.process.CaseVariables;
import jp.mamori.provision.registry.Basis;
import jp.mamori.provision.registry.ExceptionGround;
import jp.mamori.provision.registry.Objection;
import jp.mamori.provision.registry.ProvisionRecord;
import jp.mamori.provision.registry.ProvisionRecords;
import jp.mamori.provision.registry.ProvisionRequest;
import jp.mamori.provision.registry.ProvisionRules;
import jp.mamori.security.CaseReaders;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.Messages;
import jp.mamori.web.StoredText;
import jp.mamori.web.ModelBean;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The glue of thirdPartyProvision (第26条): the basis is checked when filed and again before the data leave; an
 * exception needs the corporate officer's approval with the measures (3項); the information manager of the data
 * confirms; the record is written once (APPI 29条). The people who act on a case read it (need to know).
 */
@ModelBean
@Component("provisionCase")
public class ProvisionCase {

  static final String APPROVER = "completedBy_Task_Approve";
  static final String CONFIRMER = "completedBy_Task_Confirm";

  private final ProvisionRules rules;
  private final ProvisionRecords records;
  private final Ledger ledger;
  private final StaffDirectory staff;
  private final CaseReaders caseReaders;
  private final Notifications notifications;

  ProvisionCase(ProvisionRules rules, ProvisionRecords records, Ledger ledger, StaffDirectory staff,
      CaseReaders caseReaders, Notifications notifications) {
    this.rules = rules;
    this.records = records;
    this.ledger = ledger;
    this.staff = staff;
    this.caseReaders = caseReaders;
    this.notifications = notifications;
  }

  /**
   * Task_File: refuses a request without a basis or whose basis does not hold; shows the patients' standing
   * objections and the ledger entries' information managers to the people who decide; the filer reads the case.
   */
  public void filed(DelegateExecution execution) {
    ProvisionRequest request = request(execution);
    List<Objection> standing = rules.check(request);
    List<LedgerEntry> entries = ledgerEntries(request.ledgerEntries());
    execution.setVariable("patients", String.join("\n", request.patients()));
    execution.setVariable("basisSummary", basisSummary(request, CaseVariables.text(execution.getVariables(),
        "exceptionDetails")));
    execution.setVariable("patientObjections", objections(standing));
    execution.setVariable("dataManagers", entries.stream().map(LedgerEntry::getInformationManager).distinct()
        .map(staff::displayName).collect(Collectors.joining("、")));
    caseReaders.grant(execution.getProcessInstanceId(), List.of((String) execution.getVariable("initiator")));
  }

  /** Task_Approve (第26条3): an approval names the measures taken; the approver reads the case from now on. */
  public void approved(DelegateTask task) {
    Object decision = task.getVariable("approvalDecision");
    if (!"approve".equals(decision) && !"refuse".equals(decision)) {
      throw new ActionRefused("provision.error.decision");
    }
    if ("approve".equals(decision) && CaseVariables.text(task.getVariables(), "measures") == null) {
      throw new ActionRefused("provision.error.measuresRequired");
    }
    caseReaders.grant(task.getProcessInstanceId(), List.of(actor(task)));
  }

  /**
   * Task_Confirm: before the data leave, the basis is checked again (a consent withdrawn or an opt-out since the
   * filing stops it), and the confirmer must be the information manager of the ledger entries named, or their
   * deputy.
   */
  public void confirmed(DelegateTask task) {
    Object decision = task.getVariable("confirmDecision");
    if (!"confirm".equals(decision) && !"withhold".equals(decision)) {
      throw new ActionRefused("provision.error.decision");
    }
    String confirmer = actor(task);
    caseReaders.grant(task.getProcessInstanceId(), List.of(confirmer));
    if ("withhold".equals(decision)) {
      return;
    }
    ProvisionRequest request = request(task);
    rules.check(request);
    List<LedgerEntry> entries = ledgerEntries(request.ledgerEntries());
    Set<String> managers = new LinkedHashSet<>();
    entries.forEach(e -> {
      managers.add(e.getInformationManager());
      staff.deputyOf(e.getInformationManager()).ifPresent(managers::add);
    });
    if (!entries.isEmpty() && !managers.contains(confirmer)) {
      throw new ActionRefused("provision.error.notTheDataManager");
    }
  }

  /** Task_Record (APPI 29条): the record of the provision, exactly once per case, and the filer is told. */
  public void provided(DelegateExecution execution) {
    ProvisionRequest request = request(execution);
    String approvedBy = request.basis() == Basis.EXCEPTION ? (String) execution.getVariable(APPROVER) : null;
    ProvisionRecord record = records.record(execution.getProcessBusinessKey(), request, approvedBy,
        (String) execution.getVariable(CONFIRMER));
    execution.setVariable("provisionRecordId", record.getId());
    tell(execution, "provision.notice.provided");
  }

  /** Task_NotifyRefused: the corporate officer did not approve the exception; nothing leaves. */
  public void refused(DelegateExecution execution) {
    tell(execution, "provision.notice.refused");
  }

  /** Task_NotifyWithheld: the information manager held the data back; nothing leaves. */
  public void withheld(DelegateExecution execution) {
    tell(execution, "provision.notice.withheld");
  }

  private void tell(DelegateExecution execution, String key) {
    notifications.toUsers(List.of((String) execution.getVariable("initiator")),
        StoredText.of(key + ".title", execution.getVariable("recipient")),
        StoredText.of(key + ".body", execution.getProcessBusinessKey()), null);
  }

  /** Who completes the task: its assignee, or the login that completes it unclaimed (REST). */
  private static String actor(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  private static ProvisionRequest request(VariableScope scope) {
    Map<String, Object> vars = scope.getVariables();
    String consent = CaseVariables.text(vars, "consentId");
    Long consentId;
    try {
      consentId = consent == null ? null : Long.valueOf(consent);
    } catch (NumberFormatException e) {
      throw new ActionRefused("provision.error.consentUnknown", consent);
    }
    Basis basis = Basis.ofFormValue(CaseVariables.text(vars, "basis"));
    return new ProvisionRequest(CaseVariables.text(vars, "recipient"), CaseVariables.text(vars, "recipientKind"),
        ProvisionRules.patients(CaseVariables.text(vars, "patients")), CaseVariables.text(vars, "dataItems"),
        CaseVariables.text(vars, "ledgerEntries"), CaseVariables.text(vars, "provisionReason"), basis,
        basis == Basis.PURPOSE ? CaseVariables.text(vars, "purposeCode") : null,
        basis == Basis.CONSENT ? consentId : null,
        basis == Basis.EXCEPTION ? ExceptionGround.ofFormValue(CaseVariables.text(vars, "exceptionGround")) : null,
        basis == Basis.EXCEPTION ? CaseVariables.text(vars, "measures") : null,
        CaseVariables.text(vars, "initiator"));
  }

  private List<LedgerEntry> ledgerEntries(String text) {
    if (text == null) {
      return List.of();
    }
    List<LedgerEntry> entries = new ArrayList<>();
    for (String id : Arrays.stream(text.split("[\\s,、]+")).filter(s -> !s.isEmpty()).distinct().toList()) {
      try {
        entries.add(ledger.entry(Long.valueOf(id)).orElseThrow(() -> new ActionRefused(
            "provision.error.ledgerUnknown", id)));
      } catch (NumberFormatException e) {
        throw new ActionRefused("provision.error.ledgerUnknown", id);
      }
    }
    return entries;
  }

  private static String basisSummary(ProvisionRequest request, String exceptionDetails) {
    Locale ja = Locale.JAPANESE;
    return switch (request.basis()) {
      case PURPOSE -> Messages.text(ja, "provision.basis.PURPOSE") + ": " + request.purposeCode();
      case CONSENT -> Messages.text(ja, "provision.basis.CONSENT") + ": No." + request.consentId();
      case EXCEPTION -> Messages.text(ja, "provision.basis.EXCEPTION") + ": "
          + Messages.text(ja, "provision.ground." + request.exceptionGround().name())
          + (exceptionDetails == null ? "" : " — " + exceptionDetails);
    };
  }

  private static String objections(List<Objection> standing) {
    if (standing.isEmpty()) {
      return Messages.text(Locale.JAPANESE, "provision.objections.none");
    }
    return standing.stream().map(o -> o.getPatientNumber() + ": "
        + Messages.text(Locale.JAPANESE, "provision.objection." + o.getKind().name())
        + (o.getNote() == null ? "" : "(" + o.getNote() + ")")).collect(Collectors.joining("\n"));
  }
}
