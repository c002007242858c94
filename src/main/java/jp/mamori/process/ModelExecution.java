package jp.mamori.process;

import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.context.CoreExecutionContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Whether the engine is running the model right now. The engine pushes an execution context for each step of a
 * case and for each listener, delegate and expression it calls; a client's own writes (start or completion
 * variables, variable changes, correlations) happen before or outside any step, with no execution context. This
 * is what tells the model's glue from a caller on REST, Tasklist or the Java API.
 */
final class ModelExecution {

  private ModelExecution() {}

  /** The engine (or glue it called) is at work: an element of a model is being executed. */
  static boolean isRunning() {
    return Context.getCoreExecutionContext() != null;
  }

  /**
   * Whether glue of another case is behind what happens to this one (it started the case, correlated a message to
   * it or completed its task): its execution is further down the engine's stack.
   */
  static boolean isDrivenByAnotherCase(String processInstanceId) {
    return ContextStack.executions().anyMatch(other -> !processInstanceId.equals(other.getProcessInstanceId()));
  }

  /** The engine keeps the stack protected; a subclass may read it. */
  private static final class ContextStack extends Context {
    static Stream<ExecutionEntity> executions() {
      return getStack(executionContextStackThreadLocal).stream()
          .map(CoreExecutionContext::getExecution)
          .filter(ExecutionEntity.class::isInstance)
          .map(ExecutionEntity.class::cast);
    }
  }
}
