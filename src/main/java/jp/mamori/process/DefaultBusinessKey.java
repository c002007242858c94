package jp.mamori.process;

import jp.mamori.web.Messages;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A case's number is its procedure's: case numbers are how staff find a case, on every channel. A case started
 * without one (over REST, from Tasklist, by the Java API) gets one from its procedure, as the app's start page gives
 * it. A person who names one must name a number of this procedure that no other case has: a number chosen freely
 * could repeat another case's (the newer one would then be found under it) or look like another procedure's
 * (400). A case another case's glue starts keeps what that glue decides (a contract's periodic
 * check carries the contract's number).
 */
@Component
class DefaultBusinessKey {

  private final BusinessKeys businessKeys;

  DefaultBusinessKey(BusinessKeys businessKeys) {
    this.businessKeys = businessKeys;
  }

  @EventListener
  public void starting(DelegateExecution execution) {
    if (!EngineEvents.isExecution(execution, ExecutionListener.EVENTNAME_START) || !CaseStart.isStartOfCase(execution)
        || ModelExecution.isDrivenByAnotherCase(execution.getProcessInstanceId())) {
      return;
    }
    String key = execution.getProcessEngine().getRepositoryService()
        .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
    String chosen = execution.getProcessBusinessKey();
    if (chosen == null) {
      execution.setProcessBusinessKey(businessKeys.next(execution.getProcessDefinitionId(), key));
    } else if (execution.getProcessEngine().getIdentityService().getCurrentAuthentication() != null) {
      String prefix = businessKeys.prefixOf(execution.getProcessDefinitionId(), key);
        if (!chosen.startsWith(prefix + "-") || inUse(execution, chosen)) {
        throw new BadUserRequestException(Messages.text(RemoteChannel.locale(), "case.error.caseNumber", chosen,
            prefix));
      }
    }
  }

  /**
   * Running cases and ended ones (the history of a running case may not be written yet, ADR 0043), including those
   * the person may not see.
   */
  private static boolean inUse(DelegateExecution execution, String caseNumber) {
    return Context.getCommandContext().runWithoutAuthorization(() -> anotherCaseHas(execution, caseNumber));
  }

  private static boolean anotherCaseHas(DelegateExecution execution, String caseNumber) {
    var engine = execution.getProcessEngine();
    String self = execution.getProcessInstanceId();
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .listPage(0, 2).stream().anyMatch(other -> !other.getId().equals(self))
        || engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .listPage(0, 2).stream().anyMatch(other -> !other.getId().equals(self));
  }
}
