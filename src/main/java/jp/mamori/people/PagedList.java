package jp.mamori.people;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** A lazy list paged in the database, for the pledges and training page. */
final class PagedList<T> extends LazyDataModel<T> {

  private final transient Function<Pageable, Page<T>> source;
  private final transient Function<T, Object> key;

  PagedList(Function<Pageable, Page<T>> source, Function<T, Object> key) {
    this.source = source;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) source.apply(PageRequest.of(0, 1)).getTotalElements();
  }

  @Override
  public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    int size = Math.max(1, pageSize);
    return source.apply(PageRequest.of(first / size, size)).getContent();
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(key.apply(row));
  }
}
