package jp.mamori.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSession;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ByteArrayEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * Whether a completion's write of a form's read-only field changes it. Tasklist submits every field of a Camunda
 * Form, the read-only ones as they were shown: the same texts, an empty text for a field the case has no value for,
 * a checklist as the JSON text of a list. Those are no change. The value before is read from the database as the
 * command found it (the engine writes its changes when the command ends): one or two reads per read-only field, only
 * for callers that send read-only fields back.
 */
final class SentBackAsShown {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SentBackAsShown() {
  }

  static boolean changes(HistoricVariableUpdateEventEntity write) {
    String type = write.getEventType();
    if (HistoryEventTypes.VARIABLE_INSTANCE_CREATE.getEventName().equals(type)) {
      return !isEmpty(write.getTextValue(), write.getLongValue(), write.getDoubleValue(), write.getByteArrayId());
    }
    if (!HistoryEventTypes.VARIABLE_INSTANCE_UPDATE.getEventName().equals(type)) {
      return true;
    }
    DbSqlSession database = Context.getCommandContext().getDbSqlSession();
    VariableInstanceEntity before =
        (VariableInstanceEntity) database.selectOne("selectVariableInstance", write.getVariableInstanceId());
    if (before == null) {
      return true;
    }
    if (isEmpty(before.getTextValue(), before.getLongValue(), before.getDoubleValue(), before.getByteArrayValueId())
        && isEmpty(write.getTextValue(), write.getLongValue(), write.getDoubleValue(), write.getByteArrayId())) {
      return false;
    }
    if (!Objects.equals(before.getSerializerName(), write.getSerializerName())
        || !Objects.equals(before.getTextValue(), write.getTextValue())
        || !Objects.equals(before.getTextValue2(), write.getTextValue2())
        || !Objects.equals(before.getLongValue(), write.getLongValue())
        || !Objects.equals(before.getDoubleValue(), write.getDoubleValue())) {
      return true;
    }
    if (before.getByteArrayValueId() == null) {
      return write.getByteValue() != null;
    }
    ByteArrayEntity bytes = (ByteArrayEntity) database.selectOne("selectByteArray", before.getByteArrayValueId());
    return bytes == null || !sameContent(bytes.getBytes(), write.getByteValue());
  }

  /** A field the case has no value for, shown and sent back empty. */
  private static boolean isEmpty(String text, Long number, Double decimal, String bytesId) {
    return (text == null || text.isEmpty()) && number == null && decimal == null && bytesId == null;
  }

  /** A list sent back as JSON text may be spaced otherwise than it was stored. */
  private static boolean sameContent(byte[] before, byte[] now) {
    if (Arrays.equals(before, now)) {
      return true;
    }
    if (before == null || now == null) {
      return false;
    }
    try {
      return JSON.readTree(before).equals(JSON.readTree(now));
    } catch (IOException notJson) {
      return false;
    }
  }
}
