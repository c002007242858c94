package jp.mamori.tasks;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.web.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Feeds the PrimeFaces table one page at a time from {@link TaskListService}; it never holds all rows. */
public class TaskLazyModel extends LazyDataModel<TaskRow> {

  /**
   * Counted no further (ADR 0031, ADR 0040): beyond it the table says 「1,000件以上」 and pages through the first
   * 1,000 (50 pages of 20); a longer list is narrowed with the filters, not paged.
   */
  public static final int COUNT_CAP = 1_000;

  /**
   * The paginator's report: the count, or 「1,000件以上」 when the count stopped at {@link #COUNT_CAP}; nothing for an
   * empty list (the table says so itself; PrimeFaces would report 「0–0 / 0」).
   */
  public static String pageReport(boolean capped, int rowCount, Locale locale) {
    if (rowCount == 0) {
      return "";
    }
    String range = "{startRecord}–{endRecord} / ";
    return capped ? range + Messages.text(locale, "tasks.count.capped", COUNT_CAP) : range + "{totalRecords}";
  }

  private transient TaskListService tasks;
  private final StaffPrincipal user;
  private transient Supplier<TaskFilter> filter;
  private boolean capped;

  public TaskLazyModel(TaskListService tasks, StaffPrincipal user, Supplier<TaskFilter> filter) {
    this.tasks = tasks;
    this.user = user;
    this.filter = filter;
  }

  /**
   * Given its services again after the session was read (ADR 0034). The model itself stays in the session with the
   * page it showed: a click in a row is decoded against the rows the user saw, not against a list read anew (where
   * the same row index may be another task).
   */
  void attach(TaskListService tasks, Supplier<TaskFilter> filter) {
    this.tasks = tasks;
    this.filter = filter;
  }

  boolean detached() {
    return tasks == null || filter == null;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    long counted = tasks.countUpTo(user, filter.get(), COUNT_CAP);
    capped = counted > COUNT_CAP;
    return (int) Math.min(counted, COUNT_CAP);
  }

  /** Whether the list holds more tasks than were counted (as of the latest count). */
  public boolean isCapped() {
    return capped;
  }

  @Override
  public List<TaskRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    TaskSort column = TaskSort.ofColumn(sort == null ? null : sort.getField());
    boolean ascending = sort != null && sort.getOrder() == SortOrder.ASCENDING;
    // the table asked for the count just before; with it a page near the end is read from the other end
    // (a capped count is no size: then every page is read from the front)
    return tasks.page(user, filter.get(), first, pageSize, column, ascending, isCapped() ? -1 : getRowCount());
  }

  @Override
  public String getRowKey(TaskRow row) {
    return row.id();
  }

  @Override
  public TaskRow getRowData(String rowKey) {
    return tasks.visibleRow(user, rowKey).orElse(null);
  }
}
