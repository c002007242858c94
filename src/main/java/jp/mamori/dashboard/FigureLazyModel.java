package jp.mamori.dashboard;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Feeds the list page's table, and its export, one page at a time from a {@link FigureList}. */
class FigureLazyModel extends LazyDataModel<Map<String, Object>> {

  private final transient FigureList list;

  FigureLazyModel(FigureList list) {
    this.list = list;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, list.count());
  }

  @Override
  public List<Map<String, Object>> load(int first, int pageSize, Map<String, SortMeta> sortBy,
      Map<String, FilterMeta> filterBy) {
    return list.page(first, pageSize);
  }

  @Override
  public String getRowKey(Map<String, Object> row) {
    return String.valueOf(row.hashCode());
  }
}
