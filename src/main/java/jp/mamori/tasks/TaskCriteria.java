package jp.mamori.tasks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;

/**
 * Conditions on the engine's open tasks as the WHERE clause of a native task query (ADR 0005), with the three ways
 * the task list and the dashboard read them: counted, counted up to a cap, and one page of them (ADR 0037). The
 * conditions name the task table as {@code RES}; values are always bound parameters, never inlined.
 */
public final class TaskCriteria {

  /** The engine's own indexes of the candidate links' person and role (its schema, every database). */
  public static final String USER_LINK_INDEX = "ACT_IDX_IDENT_LNK_USER";
  public static final String GROUP_LINK_INDEX = "ACT_IDX_IDENT_LNK_GROUP";
  /** The prefix of the second set's parameters in {@link #pageOfFirsts}. */
  private static final String OR_PARAMETER = "or_";

  private final TaskService taskService;
  private final String taskTable;
  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private final List<String> joins = new ArrayList<>();
  private String pageIndex;
  /** Set by {@link #orElse}: a second set of tasks, disjoint from this one, counted and paged with it. */
  private TaskCriteria alternative;
  /** Set by {@link #offeredThrough}: its ways into the links and how many conditions came before it. */
  private Offer offer;
  /** Set by {@link #pagedFromOffers}: pages in creation order read from the offers table (ADR 0057). */
  private boolean fromOffers;

  private record Offer(List<LinkWay> ways, int conditionsBefore) {}

  private TaskCriteria(TaskService taskService, ManagementService management) {
    this.taskService = taskService;
    this.taskTable = management.getTableName(Task.class);
  }

  /** Tasks that are not suspended: what the task list and the dashboard call open. */
  public static TaskCriteria open(TaskService taskService, ManagementService management) {
    return new TaskCriteria(taskService, management).and("RES.SUSPENSION_STATE_ = 1");
  }

  /** The identity link table, with the same table prefix as the task table. */
  public String identityLinkTable() {
    return identityLinkTable(taskTable);
  }

  /** The identity link table, with the engine's table prefix. */
  public static String identityLinkTable(ManagementService management) {
    return identityLinkTable(management.getTableName(Task.class));
  }

  private static String identityLinkTable(String taskTable) {
    return taskTable.substring(0, taskTable.length() - "ACT_RU_TASK".length()) + "ACT_RU_IDENTITYLINK";
  }

  /**
   * One more condition. MariaDB tests them in the written order: plain columns first, an {@code EXISTS} last.
   */
  public TaskCriteria and(String condition) {
    conditions.add(condition);
    if (alternative != null) {
      alternative.and(condition);
    }
    return this;
  }

  /** A bound parameter ({@code #{name}}) for a condition. */
  public String param(String name, Object value) {
    parameters.put(name, value);
    if (alternative != null) {
      alternative.param(name, value);
    }
    return "#{" + name + "}";
  }

  /**
   * These tasks or those of {@code other}, a set disjoint from them that is best found another way: e.g. the tasks
   * given to a person, the assigned ones on a list index and the ones offered to a person from their links (ADR
   * 0056), or the task list's "my roles'" and "mine" (ADR 0055). From here on, conditions apply to both; their counts
   * add up and a page is cut from both, each set's first rows read on its own plan (a page index set by
   * {@link #pageOn} is not used).
   */
  public TaskCriteria orElse(TaskCriteria other) {
    alternative = other;
    return this;
  }

  /** One bound parameter per value, for an IN list. */
  public String params(String prefix, List<?> values) {
    List<String> placeholders = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      placeholders.add(param(prefix + i, values.get(i)));
    }
    return String.join(", ", placeholders);
  }

  /**
   * The index a page is found on ({@code USE INDEX}, understood by MariaDB and H2): a list index of
   * {@link TaskListIndexes} that starts with the page's order. Without it MariaDB may prefer a filtering index and
   * sort every match (ADR 0037).
   */
  public TaskCriteria pageOn(String index) {
    this.pageIndex = index;
    return this;
  }

  /** Candidacy as an {@code EXISTS} on the task's candidate links (no join, so no DISTINCT): {@code who} on I. */
  public String candidateLink(String who) {
    return "exists (select 1 from " + identityLinkTable() + " I where I.TASK_ID_ = RES.ID_"
        + " and I.TYPE_ = 'candidate' and (" + who + "))";
  }

  /**
   * No candidate link matching {@code who} (written on {@code NL}): an anti-join (a left join and {@code NL.ID_ is
   * null}). MariaDB answers {@code not exists} by materializing every candidate link of the table first, 4 s at
   * 200,000 tasks; the anti-join looks up each task's own links on the candidate index and stops at the first (its
   * "Not exists" plan), 0.5 s (ADR 0040).
   */
  public TaskCriteria withoutCandidateLink(String who) {
    joins.add(" left join " + identityLinkTable() + " NL on NL.TASK_ID_ = RES.ID_ and NL.TYPE_ = 'candidate' and ("
        + who + ")");
    conditions.add("NL.ID_ is null");
    if (alternative != null) {
      alternative.withoutCandidateLink(who);
    }
    return this;
  }

  /**
   * A way into the candidate links: the link's column that names a role or a person, and the names (bound
   * parameters). It is read on the engine's index of that column, or of the offers table's (ADR 0057).
   */
  public record LinkWay(String column, List<String> names) {

    String index() {
      return column.equals("USER_ID_") ? USER_LINK_INDEX : GROUP_LINK_INDEX;
    }

    String offerIndex() {
      return column.equals("USER_ID_") ? TaskOffers.USER_INDEX : TaskOffers.GROUP_INDEX;
    }

    /** The condition on the links' {@code I} that {@link #index()} answers. */
    String condition() {
      return "I." + column + (names.size() == 1 ? " = " + names.get(0) : " in (" + String.join(", ", names) + ")");
    }
  }

  /** Offered to the person by name. */
  public LinkWay toPerson(String name, String userId) {
    return new LinkWay("USER_ID_", List.of(param(name, userId)));
  }

  /** Offered to one of these roles. */
  public LinkWay toRoles(String prefix, List<String> groupIds) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < groupIds.size(); i++) {
      names.add(param(groupIds.size() == 1 ? prefix : prefix + i, groupIds.get(i)));
    }
    return new LinkWay("GROUP_ID_", names);
  }

  /**
   * Offered through a candidate link matching one of {@code ways} (to a role, to a person by name): the candidacy as
   * an {@code EXISTS} for pages and full counts, and the capped count read from those links instead ({@link
   * #countUpTo}) while no condition added after this one narrows the tasks: a due date or a procedure narrows them
   * better from their side (ADR 0055).
   */
  public TaskCriteria offeredThrough(List<LinkWay> ways) {
    offer = new Offer(List.copyOf(ways), conditions.size());
    return and(candidateLink(ways));
  }

  /**
   * A page in creation order is read from the offers table (ADR 0057): for each role and person of {@link
   * #offeredThrough}, its first rows on the table's index of (role or person, creation time), joined to their tasks
   * under the conditions that came before; the page cut from them. Only while no later condition narrows the tasks.
   * Not for a short list: there the few tasks are found from their links and sorted. Nor counted: a filter before
   * the offer narrows the tasks better from their side (ADR 0055), and this set keeps its conditions for pages.
   */
  public TaskCriteria pagedFromOffers() {
    fromOffers = true;
    return this;
  }

  /** Candidacy through any of {@code ways}, as {@link #candidateLink(String)}. */
  public String candidateLink(List<LinkWay> ways) {
    return candidateLink(String.join(" or ", ways.stream().map(LinkWay::condition).toList()));
  }

  public long count() {
    long these = bind(taskService.createNativeTaskQuery().sql("select count(*) from " + from() + " where " + where()))
        .count();
    return alternative == null ? these : these + alternative.count();
  }

  /**
   * How many, counted no further than {@code cap} + 1: the database stops at the cap instead of visiting every match
   * (a full count of 100,000 took 190–310 ms on MariaDB). A result above {@code cap} means "more than cap".
   */
  public long countUpTo(int cap) {
    long these = countTheseUpTo(cap);
    return alternative == null || these > cap ? these : Math.min(cap + 1L, these + alternative.countUpTo(cap));
  }

  /** Nothing narrows the tasks after {@link #offeredThrough}: its ways may be read from the links' side. */
  private boolean onlyOffered() {
    return offer != null && conditions.size() == offer.conditionsBefore() + 1 && joins.isEmpty();
  }

  private String conditionsBeforeOffer() {
    return String.join(" and ", conditions.subList(0, offer.conditionsBefore()));
  }

  private long countTheseUpTo(int cap) {
    if (onlyOffered()) {
      return countFromLinksUpTo(cap);
    }
    return bind(taskService.createNativeTaskQuery().sql("select count(*) from (select RES.ID_ from " + from()
        + " where " + where() + " limit " + (cap + 1) + ") CAPPED")).count();
  }

  /**
   * The capped count read from the links' side: each way of {@link #offeredThrough} on its own index, joined to its
   * tasks under the conditions that came before it, the union counting a task offered in two ways once. Where the
   * tasks lie in the table no longer matters: asked task by task ("has this task one of my links?"), MariaDB visited
   * 70,000 tasks of other roles for a role offered the newest 28,000 of 100,000 (180–220 ms against 5–9 ms, ADR 0055).
   */
  private long countFromLinksUpTo(int cap) {
    String before = conditionsBeforeOffer();
    List<String> parts = new ArrayList<>();
    for (LinkWay way : offer.ways()) {
      // DISTINCT: a task offered to two of the user's roles is one task, and the part then stops at cap + 1 tasks
      parts.add("(select distinct RES.ID_ from " + identityLinkTable() + " I use index (" + way.index() + ") join "
          + taskTable + " RES on RES.ID_ = I.TASK_ID_ where I.TYPE_ = 'candidate' and " + way.condition()
          + (before.isEmpty() ? "" : " and " + before) + " limit " + (cap + 1) + ")");
    }
    long linked = bind(taskService.createNativeTaskQuery().sql("select count(*) from (" + String.join(" union ", parts)
        + ") LINKED")).count();
    return Math.min(linked, cap + 1L);
  }

  /**
   * Rows {@code offset} to {@code offset + rows - 1} in the given order ({@code RES.} columns, ending with the id so
   * that it is total). A deferred join: the page's ids are found first, on an index that starts with the order's
   * column and carries the filtered columns (TaskListIndexes), so the rows skipped are index entries, never table
   * rows; then only the page's rows are read. With {@code OFFSET} over {@code RES.*} MariaDB read every skipped row
   * whole (ADR 0037).
   */
  public List<Task> page(String orderBy, int offset, int rows) {
    if (alternative != null || readsOffers(orderBy)) {
      return pageOfFirsts(orderBy, offset, rows);
    }
    String hint = pageIndex == null ? "" : " use index (" + pageIndex + ")";
    String ids = "select RES.ID_ from " + from(hint) + " where " + where() + " order by " + orderBy
        + " limit " + param("pageRows", rows) + " offset " + param("pageOffset", offset);
    return bind(taskService.createNativeTaskQuery().sql("select PAGE.* from " + taskTable + " PAGE join (" + ids
        + ") IDS on PAGE.ID_ = IDS.ID_ order by " + orderBy.replace("RES.", "PAGE."))).list();
  }

  private boolean readsOffers(String orderBy) {
    return fromOffers && onlyOffered() && orderBy.startsWith("RES.CREATE_TIME_");
  }

  /**
   * The page cut from the first {@code offset + rows} ids of each of its parts, each read on its own best plan: the
   * two disjoint sets of {@link #orElse} (e.g. "my roles'" and "mine": as one {@code OR} MariaDB found no better way
   * than the list index, scanned until the page was full, ADR 0055), and of a set read from the offers each of its
   * roles and persons (ADR 0057; {@code union} makes a task offered in two ways one). The parts carry their sort
   * value, so that the page is cut from them before any task row is read: joined first, 1,000 rows read whole for a
   * page at 980 (11 ms against 4–8, ADR 0057).
   */
  private List<Task> pageOfFirsts(String orderBy, int offset, int rows) {
    String ids = firsts(orderBy);
    if (alternative != null) {
      // the second set's parameters under names of their own: the two may bind the same name to different values.
      // Put, not param(): that would hand them on to the alternative
      alternative.parameters.forEach((name, value) -> parameters.put(OR_PARAMETER + name, value));
      ids += " union all " + alternative.firsts(orderBy).replace("#{", "#{" + OR_PARAMETER);
      parameters.put(OR_PARAMETER + "firstRows", offset + rows);
    }
    parameters.put("firstRows", offset + rows);
    parameters.put("pageRows", rows);
    parameters.put("pageOffset", offset);
    String sortColumn = orderBy.substring(0, orderBy.indexOf(' '));
    String pageOrder = orderBy.replace(sortColumn, "SORT_").replace("RES.ID_", "ID_");
    return bind(taskService.createNativeTaskQuery().sql("select PAGE.* from " + taskTable + " PAGE join (select ID_"
        + " from (" + ids + ") FIRSTS order by " + pageOrder + " limit #{pageRows} offset #{pageOffset}) IDS"
        + " on PAGE.ID_ = IDS.ID_ order by " + orderBy.replace("RES.", "PAGE."))).list();
  }

  /**
   * This set's first {@code #{firstRows}} ids in the given order with their sort value ({@code ID_, SORT_}), as one
   * or more parenthesized selects.
   */
  private String firsts(String orderBy) {
    String limit = " limit #{firstRows}";
    String sortColumn = orderBy.substring(0, orderBy.indexOf(' '));
    if (!readsOffers(orderBy)) {
      return "(select RES.ID_, " + sortColumn + " as SORT_ from " + from() + " where " + where() + " order by "
          + orderBy + limit + ")";
    }
    String before = conditionsBeforeOffer();
    String offerOrder = orderBy.replace("RES.CREATE_TIME_", "O.CREATE_TIME_").replace("RES.ID_", "O.TASK_ID_");
    List<String> parts = new ArrayList<>();
    for (LinkWay way : offer.ways()) {
      for (String name : way.names()) {
        parts.add("(select O.TASK_ID_ as ID_, O.CREATE_TIME_ as SORT_ from " + TaskOffers.TABLE + " O use index ("
            + way.offerIndex() + ") join " + taskTable + " RES on RES.ID_ = O.TASK_ID_ where O." + way.column()
            + " = " + name + (before.isEmpty() ? "" : " and " + before) + " order by " + offerOrder + limit + ")");
      }
    }
    return String.join(" union ", parts);
  }

  private String from() {
    return from("");
  }

  private String from(String hint) {
    return taskTable + " RES" + hint + String.join("", joins);
  }

  private String where() {
    return String.join(" and ", conditions);
  }

  private NativeTaskQuery bind(NativeTaskQuery query) {
    parameters.forEach(query::parameter);
    return query;
  }
}
