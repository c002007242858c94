package jp.mamori.web;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * A table paged in the database by one search (ADR 0071): its count is the search's total, each page the search's
 * page in the table's sort ({@link TableSort}). A subclass names the table's sort, its search and its rows' key.
 */
public abstract class SearchedLazyModel<T> extends LazyDataModel<T> {

  private final TableSort sort;
  private final transient Function<Pageable, Page<T>> search;
  private final transient Function<T, ?> key;
  private final transient Consumer<List<T>> shown;

  /**
   * @param search one page of the rows in the page's order (the count asks for the first row only)
   * @param shown told of each page shown, e.g. to log that its patient data were read
   */
  protected SearchedLazyModel(TableSort sort, Function<Pageable, Page<T>> search, Function<T, ?> key,
      Consumer<List<T>> shown) {
    this.sort = sort;
    this.search = search;
    this.key = key;
    this.shown = shown;
  }

  protected SearchedLazyModel(TableSort sort, Function<Pageable, Page<T>> search, Function<T, ?> key) {
    this(sort, search, key, rows -> { });
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, search.apply(PageRequest.of(0, 1)).getTotalElements());
  }

  @Override
  public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int size = Math.max(1, pageSize);
    List<T> rows = search.apply(PageRequest.of(first / size, size, sort.order(sortBy))).getContent();
    shown.accept(rows);
    return rows;
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.apply(row));
  }
}
