package jp.mamori.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.mamori.storage.SqlLists;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;

/**
 * The engine's answer to "may this user do this?" when nothing is ever revoked (ADR 0036), in one short query
 * (ADR 0050, issue 18).
 *
 * <p>Before a user completes a task the engine asks whether any of four rights holds (the task's TASK_WORK or
 * UPDATE, its process definition's TASK_WORK or UPDATE_TASK). Its SQL answers each right in six layers — the user's
 * grant on this resource, on every resource, the same for the user's roles, then the global authorization — each an
 * {@code EXISTS} subquery, written so that a revoke of a nearer layer could override a farther grant: 24 subqueries
 * and 19 KB of text for one completion, rendered by MyBatis from its dynamic SQL on every call (4.5 % of a case's
 * CPU) and planned by the database anew each time (0.7 ms). Without revokes the layers only ever add: a right holds
 * when one row grants it, to the user, to one of the user's roles, or globally, on this resource or on every one.
 *
 * <p>So one query reads, for each right asked, whether such a row exists: one {@code MAX(CASE …)} column per right
 * over the rows of the user, the roles and the global authorization of the resources asked, by id or '*' (a role
 * holds a grant on each of its open tasks: reading them all was a scan of the table at 100,000 open tasks, ADR 0053).
 * The database compares user, role and resource ids with its own collation, as in the engine's query. The rights are combined as
 * the engine's query combines them: any of them for a disjunctive check, all for a conjunctive one. A check of
 * another shape (checks of checks, a resource id taken from a query, a value for "no authorization found") is left
 * to the engine, as is every check while revokes are checked.
 */
final class GrantedChecks {

  /** The query's text per number of rights and number of roles: a few shapes, made once each. */
  private final Map<Shape, String> queries = new ConcurrentHashMap<>();

  private final String tablePrefix;
  private final String bitAnd1;
  private final String bitAnd2;
  private final String bitAnd3;

  GrantedChecks(String tablePrefix, String databaseType) {
    this.tablePrefix = tablePrefix == null ? "" : tablePrefix;
    this.bitAnd1 = DbSqlSessionFactory.databaseSpecificBitAnd1.get(databaseType);
    this.bitAnd2 = DbSqlSessionFactory.databaseSpecificBitAnd2.get(databaseType);
    this.bitAnd3 = DbSqlSessionFactory.databaseSpecificBitAnd3.get(databaseType);
  }

  /** Whether this check has the one shape answered here: rights on named resources, combined by "any" or "all". */
  static boolean answers(CompositePermissionCheck check) {
    List<PermissionCheck> rights = check.getAtomicChecks();
    if (rights == null || rights.isEmpty()
        || (check.getCompositeChecks() != null && !check.getCompositeChecks().isEmpty())) {
      return false;
    }
    return rights.stream().allMatch(r -> r.getResourceIdQueryParam() == null
        && r.getAuthorizationNotFoundReturnValue() == null);
  }

  /** The answer for a check that {@link #answers} accepts, read on the engine's own connection and transaction. */
  boolean granted(Connection connection, String userId, List<String> groupIds, CompositePermissionCheck check) {
    List<PermissionCheck> rights = check.getAtomicChecks();
    List<String> groups = groupIds == null ? List.of() : groupIds;
    try (PreparedStatement query = connection.prepareStatement(queries.computeIfAbsent(
        new Shape(rights.size(), groups.size()), shape -> text(shape.rights(), shape.groups())))) {
      int p = 1;
      for (PermissionCheck right : rights) {
        query.setInt(p++, right.getResourceType());
        query.setString(p++, specific(right.getResourceId()));
        query.setInt(p++, right.getPerms());
        query.setInt(p++, right.getPerms());
      }
      query.setString(p++, userId);
      for (String group : groups) {
        query.setString(p++, group);
      }
      for (PermissionCheck right : rights) {
        query.setInt(p++, right.getResourceType());
      }
      for (PermissionCheck right : rights) {
        query.setString(p++, specific(right.getResourceId()));
      }
      try (ResultSet row = query.executeQuery()) {
        row.next(); // an aggregate: always one row
        return combine(row, rights.size(), check.isDisjunctive());
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("The authorization check could not be read: " + e.getMessage(), e);
    }
  }

  /** Any right for a disjunctive check, every right for a conjunctive one (a check of one right: that right). */
  private static boolean combine(ResultSet row, int rights, boolean disjunctive) throws SQLException {
    for (int column = 1; column <= rights; column++) {
      boolean holds = row.getInt(column) == 1;
      if (holds && disjunctive) {
        return true;
      }
      if (!holds && !disjunctive) {
        return false;
      }
    }
    return !disjunctive;
  }

  /** The resource id a grant may name besides '*': none when the check is about every resource or none. */
  private static String specific(String resourceId) {
    return "*".equals(resourceId) ? null : resourceId;
  }

  private String text(int rights, int groups) {
    List<String> columns = new ArrayList<>();
    for (int i = 0; i < rights; i++) {
      columns.add("max(case when A.RESOURCE_TYPE_ = ? and (A.RESOURCE_ID_ = '*' or A.RESOURCE_ID_ = ?) and "
          + bitAnd1 + "A.PERMS_" + bitAnd2 + "?" + bitAnd3 + " = ? then 1 else 0 end)");
    }
    String roles = groups == 0 ? "" : " or A.GROUP_ID_ in (" + SqlLists.placeholders(groups) + ")";
    return "select " + String.join(", ", columns) + " from " + tablePrefix + "ACT_RU_AUTHORIZATION A"
        + " where ((A.TYPE_ = 1 and (A.USER_ID_ = ?" + roles + ")) or (A.TYPE_ = 0 and A.USER_ID_ = '*'))"
        + " and A.RESOURCE_TYPE_ in (" + SqlLists.placeholders(rights) + ")"
        // only the rows of the resources asked: a role's grants on every open task are not read (and an index is used)
        + " and A.RESOURCE_ID_ in ('*', " + SqlLists.placeholders(rights) + ")";
  }

  private record Shape(int rights, int groups) {}
}
