package jp.mamori.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
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

  @EventListener
  public void starting(DelegateExecution execution) {
    if (EngineEvents.isExecution(execution, ExecutionListener.EVENTNAME_START) && CaseStart.isStartOfCase(execution)
        && execution.getProcessBusinessKey() == null
        && !ModelExecution.isDrivenByAnotherCase(execution.getProcessInstanceId())) {
      execution.setProcessBusinessKey(businessKeys.next(execution.getProcessDefinitionId(),
          execution.getProcessEngine().getRepositoryService()
              .getProcessDefinition(execution.getProcessDefinitionId()).getKey()));
    }
  }
}
