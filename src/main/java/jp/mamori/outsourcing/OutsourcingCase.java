package jp.mamori.outsourcing;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.mamori.web.ModelBean;
import jp.mamori.notification.Notifications;
import jp.mamori.outsourcing.registry.Clause;
import jp.mamori.outsourcing.registry.Contract;
import jp.mamori.outsourcing.registry.ContractIntent;
import jp.mamori.outsourcing.registry.Contractors;
import jp.mamori.process.CaseVariables;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.Messages;
import jp.mamori.web.StoredText;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The glue between the model outsourcingContract (第25条1-2) and the contractor registry: each method is one
 * service task or one task's completion listener ({@code ${outsourcingCase.…}}); it reads the form's variables,
 * calls the registry and tells whoever must know.
 */
@ModelBean
@Component("outsourcingCase")
public class OutsourcingCase {

  static final String PERIODIC_CHECK = "outsourcingPeriodicCheck";

  private final Contractors contractors;
  private final Notifications notifications;
  private final RuntimeService runtimeService;

  OutsourcingCase(Contractors contractors, Notifications notifications, @Lazy RuntimeService runtimeService) {
    this.contractors = contractors;
    this.notifications = notifications;
    this.runtimeService = runtimeService;
  }

  /** 第25条1: the intent is registered and the total manager learns of it before anything is agreed. */
  public void registered(DelegateExecution execution) {
    ContractIntent intent = ContractIntent.of(execution.getVariables());
    Contract contract = contractors.fileIntent(execution.getProcessBusinessKey(), initiator(execution), intent);
    notifications.toRole("total-manager", StoredText.of("outsourcing.notice.filed", intent.contractorName()),
        StoredText.of("outsourcing.notice.filed.body", contract.getCaseKey()),
        "/contractor.xhtml?id=" + contract.getContractorId());
  }

  /** 第25条2(1): the interview's record; the responsible person goes onto the contractor (第25条2(2)ロ). */
  public void interviewed(DelegateTask task) {
    Map<String, Object> vars = task.getVariables();
    contractors.interviewed(task.getExecution().getProcessBusinessKey(), CaseVariables.date(vars, "interviewOn"),
        CaseVariables.text(vars, "interviewAttendees"), CaseVariables.text(vars, "interviewFindings"),
        "yes".equals(vars.get("interviewConforms")), CaseVariables.text(vars, "responsiblePerson"));
  }

  /**
   * 第25条2(1): the contractor does not meet the standard. The supervising manager has it interviewed again after it
   * improves, or gives the outsourcing up; the total manager is never asked to consent to it.
   */
  public void interviewFailed(DelegateTask task) {
    Map<String, Object> vars = task.getVariables();
    String decision = CaseVariables.text(vars, "interviewFailedDecision");
    if (!"reinterview".equals(decision) && !"withdraw".equals(decision)) {
      throw new ActionRefused("outsourcing.error.decision");
    }
    if (CaseVariables.text(vars, "interviewFailedReason") == null) {
      throw new ActionRefused("outsourcing.error.interviewFailedReason");
    }
  }

  /** The outsourcing is given up: recorded on the contract, and the director (told of the intent) and filer learn it. */
  public void withdrawn(DelegateExecution execution) {
    String caseKey = execution.getProcessBusinessKey();
    String reason = (String) execution.getVariable("interviewFailedReason");
    contractors.withdraw(caseKey, (String) execution.getVariable("completedBy"), reason);
    StoredText title = StoredText.of("outsourcing.notice.withdrawn");
    StoredText body = StoredText.of("outsourcing.notice.withdrawn.body", caseKey, reason);
    notifications.toRole("total-manager", title, body, null);
    notifications.toUsers(List.of(initiator(execution)), title, body, null);
  }

  /** 第20条3: one pledge (別紙12) per line of the form. */
  public void pledged(DelegateTask task) {
    Map<String, Object> vars = task.getVariables();
    String text = CaseVariables.text(vars, "pledgeSigners");
    List<String> signers = text == null ? List.of() : List.of(text.split("\\R"));
    if (signers.stream().allMatch(String::isBlank)) {
      throw new ActionRefused("outsourcing.error.noPledges");
    }
    long count = contractors.pledged(task.getExecution().getProcessBusinessKey(), signers,
        CaseVariables.date(vars, "pledgesReceivedOn"), task.getAssignee());
    task.setVariable("pledgeCount", count);
  }

  /** 第25条2(2): what the draft lacks decides whether it can go to the total manager at all. */
  public void drafted(DelegateTask task) {
    List<Clause> missing = contractors.drafted(task.getExecution().getProcessBusinessKey(),
        CaseVariables.text(task.getVariables(), "documentRef"), CaseVariables.list(task.getVariable("clauses")));
    task.setVariable("missingClauseCount", missing.size());
    task.setVariable("missingClauses", missing.isEmpty() ? Messages.notice("outsourcing.clause.noneMissing")
        : missing.stream().map(c -> c.label(true)).collect(Collectors.joining("、")));
  }

  /** 第25条2: the total manager's consent or refusal, with its reason; four-eyes is the model's (fourEyes). */
  public void decided(DelegateTask task) {
    String caseKey = task.getExecution().getProcessBusinessKey();
    String reason = CaseVariables.text(task.getVariables(), "consentReason");
    switch (String.valueOf(task.getVariable("consentDecision"))) {
      case "consent" -> contractors.consent(caseKey, task.getAssignee(), reason);
      case "refuse" -> contractors.refuse(caseKey, task.getAssignee(), reason);
      default -> throw new ActionRefused("outsourcing.error.decision");
    }
  }

  public void refused(DelegateExecution execution) {
    notifications.toUsers(List.of(initiator(execution)), StoredText.of("outsourcing.notice.refused"),
        StoredText.of("outsourcing.notice.caseReason", execution.getProcessBusinessKey(),
            execution.getVariable("consentReason")), null);
  }

  /** Records the concluded contract; only a consented one can be (the registry checks). */
  public void concluded(DelegateTask task) {
    Map<String, Object> vars = task.getVariables();
    var termStart = CaseVariables.date(vars, "termStart");
    var termEnd = CaseVariables.date(vars, "termEnd");
    if (termStart != null && termEnd != null && termEnd.isBefore(termStart)) {
      throw new ActionRefused("outsourcing.error.term");
    }
    String key = task.getExecution().getProcessBusinessKey();
    contractors.conclude(key, CaseVariables.date(vars, "signedOn"), termStart,
        termEnd, CaseVariables.text(vars, "renewal"), CaseVariables.text(vars, "checkInterval"));
    // 第25条3: a term ending before the first regular check — warned, and the first check moves inside the term
    contractors.firstCheckAfterTerm(key).ifPresent(regular -> {
      String warning = Messages.notice("outsourcing.notice.checkAfterTerm.body", termEnd, regular);
      task.setVariable("checkWarning", warning);
      StoredText title = StoredText.of("outsourcing.notice.checkAfterTerm", key);
      StoredText body = StoredText.of("outsourcing.notice.checkAfterTerm.body", StoredText.plain(termEnd),
          StoredText.plain(regular));
      notifications.toUsers(List.of(task.getAssignee()), title, body, null);
      notifications.toRole("supervising-manager", title, body, null);
    });
  }

  /** 第25条3: every concluded contract gets its own periodic check, keyed by the contract's case number. */
  public void startChecks(DelegateExecution execution) {
    String contractKey = execution.getProcessBusinessKey();
    Contract contract = contractors.ofCase(contractKey);
    runtimeService.startProcessInstanceByKey(PERIODIC_CHECK, contractKey, Map.of(
        "contractKey", contractKey,
        "contractorName", contractors.contractorOf(contract).getName(),
        "services", contract.getServices(),
        "dataItems", contract.getDataItems()));
    notifications.toUsers(List.of(initiator(execution)), StoredText.of("outsourcing.notice.concluded"),
        StoredText.of("outsourcing.notice.concluded.body", contractKey), "/contractor.xhtml?id="
            + contract.getContractorId());
  }

  private static String initiator(DelegateExecution execution) {
    return (String) execution.getVariable("initiator");
  }
}
