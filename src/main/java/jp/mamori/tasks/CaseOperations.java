package jp.mamori.tasks;

import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_CORRELATE_MESSAGE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_MIGRATE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_MODIFY_VARIABLE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_REMOVE_VARIABLE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE;
import static org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLES;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.organization.StaffDirectory;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;

/**
 * Who changed a case's variables, correlated a message to it or migrated it, on any channel: the engine's user
 * operation log keeps the logged-in user of each such call (the models' glue is not logged). One line per call.
 */
final class CaseOperations {

  private static final Map<String, String> KINDS = Map.of(
      OPERATION_TYPE_SET_VARIABLE, "variableChanged",
      OPERATION_TYPE_SET_VARIABLES, "variableChanged",
      OPERATION_TYPE_MODIFY_VARIABLE, "variableChanged",
      OPERATION_TYPE_REMOVE_VARIABLE, "variableChanged",
      OPERATION_TYPE_CORRELATE_MESSAGE, "messageCorrelated",
      OPERATION_TYPE_MIGRATE, "migrated");

  private CaseOperations() {}

  static List<HistoryEntry> of(HistoryService historyService, StaffDirectory staff, String processInstanceId) {
    Map<String, UserOperationLogEntry> byCall = new LinkedHashMap<>();
    for (UserOperationLogEntry entry : historyService.createUserOperationLogQuery()
        .processInstanceId(processInstanceId).list()) {
      if (KINDS.containsKey(entry.getOperationType())) {
        byCall.putIfAbsent(entry.getOperationId(), entry);
      }
    }
    return byCall.values().stream()
        .map(call -> new HistoryEntry(call.getTimestamp(), staff.displayName(call.getUserId()),
            KINDS.get(call.getOperationType()), null, null))
        .toList();
  }
}
