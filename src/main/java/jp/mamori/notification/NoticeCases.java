package jp.mamori.notification;

import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Which case a notice is about, without the sender saying so: the case whose model is running when the glue
 * sends it, or the case of the task the notice links to (the new-task notices, sent as the transaction commits).
 * Every procedure's notices link to their case this way, the new ones included.
 */
@Component
class NoticeCases {

  private final HistoryService historyService;

  NoticeCases(HistoryService historyService) {
    this.historyService = historyService;
  }

  Optional<String> of(String link) {
    BpmnExecutionContext running = Context.getBpmnExecutionContext();
    if (running != null && running.getExecution() != null) {
      return Optional.ofNullable(running.getExecution().getProcessInstanceId());
    }
    if (link != null && link.startsWith(TaskLink.PREFIX)) {
      var task = historyService.createHistoricTaskInstanceQuery().taskId(link.substring(TaskLink.PREFIX.length()))
          .singleResult();
      return task == null ? Optional.empty() : Optional.ofNullable(task.getProcessInstanceId());
    }
    return Optional.empty();
  }
}
