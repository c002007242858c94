package jp.mamori.process;

import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Refuses every write of a {@link ReservedVariables reserved variable} that does not come from the model: start or
 * completion variables, {@code PUT .../variables/initiator}, message correlations, modifications, removals, over
 * REST, Tasklist, Cockpit or the Java API. It listens on the engine's own variable events (the history event the
 * engine produces for each write, inside the writing command), so no channel can go around it; throwing rolls the
 * command back.
 *
 * <p>The one write of a reserved variable outside the model is the engine's own {@code camunda:initiator}: when a
 * case is created, the engine creates the variable on the process instance with the authenticated user, before it
 * sets any variable a client sent (which would then be an update, and refused).
 */
@Component
class ReservedVariableGuard {

  private final IdentityService identityService;

  ReservedVariableGuard(IdentityService identityService) {
    this.identityService = identityService;
  }

  @EventListener
  public void check(HistoricVariableUpdateEventEntity write) {
    if (!ReservedVariables.isReserved(write.getVariableName()) || ModelExecution.isRunning()
        || isMigration(write) || isEngineSettingTheInitiator(write)) {
      return;
    }
    throw new ReservedVariableRefused(write.getVariableName());
  }

  /** Migration moves the variables as they are: their values do not change. */
  private static boolean isMigration(HistoricVariableUpdateEventEntity write) {
    return HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE.getEventName().equals(write.getEventType());
  }

  private boolean isEngineSettingTheInitiator(HistoricVariableUpdateEventEntity write) {
    return HistoryEventTypes.VARIABLE_INSTANCE_CREATE.getEventName().equals(write.getEventType())
        && ReservedVariables.INITIATOR.equals(write.getVariableName())
        && Objects.equals(write.getExecutionId(), write.getProcessInstanceId())
        && Objects.equals(write.getTextValue(), authenticatedUser());
  }

  private String authenticatedUser() {
    var authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
