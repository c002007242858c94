package jp.mamori.purpose;

import java.util.List;
import java.util.Map;
import jp.mamori.process.DecisionOutcome;
import jp.mamori.ledger.Ledger;
import jp.mamori.web.StoredText;
import jp.mamori.web.ModelBean;
import jp.mamori.notification.Notifications;
import jp.mamori.purpose.registry.PurposeFiling;
import jp.mamori.purpose.registry.PurposeRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The glue between the model newPurposeAcquisition and the registry, ledger and notifications. Each method is
 * one service task ({@code ${purposeCase.file(execution)}} etc.): read variables, call one service, tell the
 * handler.
 */
@ModelBean
@Component("purposeCase")
public class PurposeCase {

  private final PurposeRegistry registry;
  private final Ledger ledger;
  private final Notifications notifications;

  PurposeCase(PurposeRegistry registry, Ledger ledger, Notifications notifications) {
    this.registry = registry;
    this.ledger = ledger;
    this.notifications = notifications;
  }

  /** 第12条2: the filing (or its revision) enters the registry as PENDING; the rule's inputs are derived. */
  public void file(DelegateExecution execution) {
    PurposeFiling filing = PurposeFiling.of(execution.getVariables());
    execution.setVariable("hasSpecialCategory", filing.hasSpecialCategory());
    execution.setVariable("relatedToIllness", filing.relatedToIllness());
    registry.file(execution.getProcessBusinessKey(), initiator(execution), filing);
  }

  /** Keeps the decision table's result as the variables forms and gateways read. */
  public void ruled(DelegateExecution execution) {
    Map<String, Object> ruling = DecisionOutcome.of(execution);
    execution.setVariable("acquisitionRule", ruling.get("acquisitionRule"));
    execution.setVariable("acquisitionRuleReason", ruling.get("acquisitionRuleReason"));
  }

  /** 第15条: the acquisition rule forbade it; nobody needs to review. */
  public void notPermitted(DelegateExecution execution) {
    String reason = (String) execution.getVariable("acquisitionRuleReason");
    registry.notPermitted(execution.getProcessBusinessKey(), reason);
    tellHandler(execution, "purpose.notice.notPermitted", StoredText.of("stored.asWritten", reason));
  }

  public void reject(DelegateExecution execution) {
    boolean atApproval = "reject".equals(execution.getVariable("approvalDecision"));
    String reason = (String) execution.getVariable(atApproval ? "approvalReason" : "reviewReason");
    registry.reject(execution.getProcessBusinessKey(), (String) execution.getVariable("completedBy"), reason);
    tellHandler(execution, "purpose.notice.rejected", StoredText.of("stored.asWritten", reason));
  }

  /**
   * 第12条4 and 第22条: the purpose becomes ACTIVE (and so public, 第11条) and its records enter the ledger, as a draft
   * until the supervising manager decides the disposal method (第24条).
   */
  public void approve(DelegateExecution execution) {
    String caseKey = execution.getProcessBusinessKey();
    long purposeId = registry.approve(caseKey, (String) execution.getVariable("completedBy"),
        (String) execution.getVariable("approvalReason"), (String) execution.getVariable("acquisitionRule"));
    PurposeFiling filing = PurposeFiling.of(execution.getVariables());
    ledger.add(filing.recordTitle(), filing.department(), entry -> entry
        .content(filing.dataItems(), filing.dataSubjects(), String.join("、", filing.collectionMethods()),
            String.join("、", filing.specialCategories()))
        .keeping(filing.storagePlace(), filing.storageMethod(), ledger.retentionOf(filing.retentionPeriod()), null)
        .forPurpose(purposeId, caseKey));
    tellHandler(execution, "purpose.notice.approved", StoredText.of("purpose.notice.approved.body", caseKey));
  }

  /** A notice to the handler who filed: its title is the bundle's {@code titleKey}. */
  private void tellHandler(DelegateExecution execution, String titleKey, StoredText body) {
    notifications.toUsers(List.of(initiator(execution)), StoredText.of(titleKey), body, null);
  }

  private static String initiator(DelegateExecution execution) {
    return (String) execution.getVariable("initiator");
  }
}
