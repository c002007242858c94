package jp.mamori.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Which engine event a listener of the platform got (create, complete, start, …).
 *
 * <p>Checked in Java at the top of each listener rather than in an {@code @EventListener(condition = …)}: the engine
 * publishes an event for every task change and for every start and end of every activity, and Spring evaluated each
 * listener's condition (SpEL) for each of them — 2 % of a new-purpose case's CPU (issue 18).
 */
final class EngineEvents {

  private EngineEvents() {}

  static boolean isTask(DelegateTask task, String... eventNames) {
    for (String eventName : eventNames) {
      if (eventName.equals(task.getEventName())) {
        return true;
      }
    }
    return false;
  }

  static boolean isExecution(DelegateExecution execution, String eventName) {
    return eventName.equals(execution.getEventName());
  }
}
