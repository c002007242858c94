package jp.mamori.process;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;

/** The start event of a case (not of a subprocess) as the engine's execution listeners see it. */
final class CaseStart {

  private CaseStart() {}

  static boolean isStartOfCase(DelegateExecution execution) {
    FlowElement element = execution.getBpmnModelElementInstance();
    return element instanceof StartEvent && element.getParentElement() instanceof Process;
  }

  static Optional<String> startFormRef(DelegateExecution execution) {
    return Optional.ofNullable(((StartEvent) execution.getBpmnModelElementInstance()).getCamundaFormRef())
        .filter(ref -> !ref.isBlank());
  }

  static String startFormRefBinding(DelegateExecution execution) {
    return ((StartEvent) execution.getBpmnModelElementInstance()).getCamundaFormRefBinding();
  }
}
