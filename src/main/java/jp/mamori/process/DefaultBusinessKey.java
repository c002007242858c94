package jp.mamori.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A case started without a business key (over REST, from Tasklist, by the Java API) gets one from its procedure, as
 * the app's start page gives it: case numbers are how staff find a case, on every channel. A case another case's
 * glue starts keeps what that glue decides.
 */
@Component
class DefaultBusinessKey {

  private final BusinessKeys businessKeys;

  DefaultBusinessKey(BusinessKeys businessKeys) {
    this.businessKeys = businessKeys;
  }

  @EventListener(condition = "#execution.eventName == 'start'")
  public void starting(DelegateExecution execution) {
    if (CaseStart.isStartOfCase(execution) && execution.getProcessBusinessKey() == null
        && !ModelExecution.isDrivenByAnotherCase(execution.getProcessInstanceId())) {
      execution.setProcessBusinessKey(businessKeys.next(execution.getProcessDefinitionId(),
          execution.getProcessEngine().getRepositoryService()
              .getProcessDefinition(execution.getProcessDefinitionId()).getKey()));
    }
  }
}
