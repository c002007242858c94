package jp.mamori.dashboard;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.NativeHistoricProcessInstanceQuery;

/**
 * A procedure's cases started, or completed, in a period, as native queries on the history's own key column (ADR
 * 0041): counted, counted up to a cap, and one page of them. The engine's query by process definition key joins the
 * definitions and filters on their key, so MariaDB reads the whole period of every procedure (0.9 s for a month of
 * 100,000 cases); here the key and the time are one range of {@link TrendIndexes}.
 */
final class CasesInPeriod {

  private final HistoryService historyService;
  private final String table;
  private final String timeColumn;
  private final String where;
  private final String key;
  private final Date from;
  private final Date to;

  private CasesInPeriod(HistoryService historyService, ManagementService management, boolean started, String key,
      Date from, Date to) {
    this.historyService = historyService;
    this.table = management.getTableName(HistoricProcessInstance.class);
    this.timeColumn = started ? "START_TIME_" : "END_TIME_";
    // the engine's completed(): the state, beside the end time
    this.where = "RES.PROC_DEF_KEY_ = #{key} and RES." + timeColumn + " >= #{from}"
        + (to == null ? "" : " and RES." + timeColumn + " <= #{to}")
        + (started ? "" : " and RES.STATE_ = '" + HistoricProcessInstance.STATE_COMPLETED + "'");
    this.key = key;
    this.from = from;
    this.to = to;
  }

  /** Cases of the procedure started from {@code from} to {@code to} (both inclusive, as the engine's; to may be null). */
  static CasesInPeriod started(HistoryService history, ManagementService management, String key, Date from, Date to) {
    return new CasesInPeriod(history, management, true, key, from, to);
  }

  /** Cases of the procedure completed from {@code from} to {@code to} (both inclusive; to may be null). */
  static CasesInPeriod completed(HistoryService history, ManagementService management, String key, Date from,
      Date to) {
    return new CasesInPeriod(history, management, false, key, from, to);
  }

  long count() {
    return query("select count(*) from " + table + " RES where " + where).count();
  }

  /** How many, counted no further than {@code cap} + 1 (an answer above cap means "more than cap"). */
  long countUpTo(int cap) {
    return query("select count(*) from (select RES.ID_ from " + table + " RES where " + where + " limit "
        + (cap + 1) + ") CAPPED").count();
  }

  boolean isEmpty() {
    return countUpTo(0) == 0;
  }

  /**
   * Rows {@code first} to {@code first + max - 1} by the period's time, then id: the page's ids found on the index
   * first, then only their rows read (a deferred join, as the task list's pages, ADR 0037).
   */
  List<HistoricProcessInstance> page(int first, int max) {
    String ids = "select RES.ID_ from " + table + " RES where " + where + " order by RES." + timeColumn
        + " asc, RES.ID_ asc limit #{rows} offset #{first}";
    return query("select PAGE.* from " + table + " PAGE join (" + ids + ") IDS on PAGE.ID_ = IDS.ID_ order by PAGE."
        + timeColumn + " asc, PAGE.ID_ asc").parameter("rows", max).parameter("first", first).list();
  }

  private NativeHistoricProcessInstanceQuery query(String sql) {
    NativeHistoricProcessInstanceQuery query = historyService.createNativeHistoricProcessInstanceQuery().sql(sql)
        .parameter("key", key).parameter("from", from);
    return to == null ? query : query.parameter("to", to);
  }
}
