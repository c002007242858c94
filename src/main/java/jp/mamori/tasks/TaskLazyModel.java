package jp.mamori.tasks;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jp.mamori.security.StaffPrincipal;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Feeds the PrimeFaces table one page at a time from {@link TaskListService}; it never holds all rows. */
public class TaskLazyModel extends LazyDataModel<TaskRow> {

  private final transient TaskListService tasks;
  private final StaffPrincipal user;
  private final transient Supplier<TaskFilter> filter;

  public TaskLazyModel(TaskListService tasks, StaffPrincipal user, Supplier<TaskFilter> filter) {
    this.tasks = tasks;
    this.user = user;
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, tasks.count(user, filter.get()));
  }

  @Override
  public List<TaskRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    TaskSort column = TaskSort.ofColumn(sort == null ? null : sort.getField());
    boolean ascending = sort != null && sort.getOrder() == SortOrder.ASCENDING;
    // the table asked for the count just before; with it a page near the end is read from the other end
    return tasks.page(user, filter.get(), first, pageSize, column, ascending, getRowCount());
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
