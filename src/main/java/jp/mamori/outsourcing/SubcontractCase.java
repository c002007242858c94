package jp.mamori.outsourcing;

import java.util.List;
import java.util.Map;
import jp.mamori.web.ModelBean;
import jp.mamori.notification.Notifications;
import jp.mamori.outsourcing.registry.Contractors;
import jp.mamori.process.CaseVariables;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.StoredText;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The glue of outsourcingReoutsourcing (Keio 22): no re-outsourcing without the total manager's permission. */
@ModelBean
@Component("subcontractCase")
public class SubcontractCase {

  private final Contractors contractors;
  private final Notifications notifications;

  SubcontractCase(Contractors contractors, Notifications notifications) {
    this.contractors = contractors;
    this.notifications = notifications;
  }

  /** Only an active contract can be asked about; an unknown or ended one is refused with a message. */
  public void registered(DelegateExecution execution) {
    Map<String, Object> vars = execution.getVariables();
    String contractKey = CaseVariables.text(vars, "contractKey");
    contractors.requestSubcontract(execution.getProcessBusinessKey(), contractKey,
        CaseVariables.text(vars, "subcontractorName"), CaseVariables.text(vars, "subcontractScope"),
        CaseVariables.text(vars, "subcontractSafeguards"), (String) vars.get("initiator"));
    execution.setVariable("contractorName", contractors.contractorOf(contractors.ofCase(contractKey)).getName());
  }

  public void decided(DelegateTask task) {
    Object decision = task.getVariable("permitDecision");
    if (!"permit".equals(decision) && !"refuse".equals(decision)) {
      throw new ActionRefused("outsourcing.error.decision");
    }
    contractors.decideSubcontract(task.getExecution().getProcessBusinessKey(), "permit".equals(decision),
        task.getAssignee(), CaseVariables.text(task.getVariables(), "permitReason"));
  }

  public void permitted(DelegateExecution execution) {
    tell(execution, "outsourcing.notice.subcontractPermitted");
  }

  public void refused(DelegateExecution execution) {
    tell(execution, "outsourcing.notice.subcontractRefused");
  }

  private void tell(DelegateExecution execution, String titleKey) {
    notifications.toUsers(List.of((String) execution.getVariable("initiator")),
        StoredText.of(titleKey, execution.getVariable("subcontractorName")),
        StoredText.of("outsourcing.notice.caseReason", execution.getProcessBusinessKey(),
            execution.getVariable("permitReason")), null);
  }
}
