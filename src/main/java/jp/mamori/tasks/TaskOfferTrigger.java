package jp.mamori.tasks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The offers table's trigger on H2 ({@link TaskOffers}), which runs triggers as Java classes: what MariaDB's trigger
 * says in SQL, copying a candidate link of a task with the task's creation time. Named in the embedded database's
 * schema: renaming or moving this class breaks every insert of a link there.
 */
public final class TaskOfferTrigger implements Trigger {

  private String insert;
  private int id;
  private int groupId;
  private int type;
  private int userId;
  private int taskId;

  @Override
  public void init(Connection connection, String schema, String trigger, String table, boolean before, int kind)
      throws SQLException {
    // the link's columns by name: their positions are the engine's schema's, not ours
    try (ResultSet columns = connection.getMetaData().getColumns(null, schema, table, null)) {
      while (columns.next()) {
        int index = columns.getInt("ORDINAL_POSITION") - 1;
        switch (columns.getString("COLUMN_NAME")) {
          case "ID_" -> id = index;
          case "GROUP_ID_" -> groupId = index;
          case "TYPE_" -> type = index;
          case "USER_ID_" -> userId = index;
          case "TASK_ID_" -> taskId = index;
          default -> { }
        }
      }
    }
    String tasks = table.substring(0, table.length() - "ACT_RU_IDENTITYLINK".length()) + "ACT_RU_TASK";
    insert = "INSERT INTO " + TaskOffers.TABLE + " (LINK_ID_, TASK_ID_, GROUP_ID_, USER_ID_, CREATE_TIME_)"
        + " SELECT ?, ID_, ?, ?, CREATE_TIME_ FROM \"" + schema + "\"." + tasks + " WHERE ID_ = ?";
  }

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    if (!"candidate".equals(newRow[type]) || newRow[taskId] == null) {
      return;
    }
    try (PreparedStatement statement = connection.prepareStatement(insert)) {
      statement.setObject(1, newRow[id]);
      statement.setObject(2, newRow[groupId]);
      statement.setObject(3, newRow[userId]);
      statement.setObject(4, newRow[taskId]);
      statement.executeUpdate();
    }
  }
}
