package jp.mamori.process;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.stereotype.Component;

/**
 * The open user tasks a reminder or escalation is about: the task that the boundary timer in front of the current
 * service task is attached to. Process owners draw timer → service task; no ids to repeat in the model.
 */
@Component
class AttachedTasks {

  private final TaskService taskService;

  AttachedTasks(TaskService taskService) {
    this.taskService = taskService;
  }

  List<Task> of(DelegateExecution execution) {
    FlowNode current = (FlowNode) execution.getBpmnModelElementInstance();
    List<String> taskKeys = current.getIncoming().stream().map(SequenceFlow::getSource)
        .filter(BoundaryEvent.class::isInstance).map(b -> ((BoundaryEvent) b).getAttachedTo().getId())
        .distinct().toList();
    if (taskKeys.isEmpty()) {
      throw new IllegalStateException(current.getId() + " must follow a boundary timer on a user task");
    }
    return taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKeyIn(taskKeys.toArray(String[]::new)).list();
  }
}
