package jp.mamori.web;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * A table paged in the database by one search (ADR 0071): its count is the search's total, each page the search's
 * page in the table's sort ({@link TableSort}). A subclass says what the search is and which rows it keys by.
 */
public abstract class SearchedLazyModel<T> extends LazyDataModel<T> {

  private final TableSort sort;

  protected SearchedLazyModel(TableSort sort) {
    this.sort = sort;
  }

  /** One page of the rows, in the page's order; the count asks for the first row only. */
  protected abstract Page<T> search(Pageable page);

  /** Told of each page shown, e.g. to log that its patient data were read. */
  protected void shown(List<T> rows) {
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, search(PageRequest.of(0, 1)).getTotalElements());
  }

  @Override
  public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int size = Math.max(1, pageSize);
    List<T> rows = search(PageRequest.of(first / size, size, sort.order(sortBy))).getContent();
    shown(rows);
    return rows;
  }
}
