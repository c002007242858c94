package jp.mamori.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Reads a lazy table as its page does: page after page of a given size, sorted by one column or not at all. */
public final class LazyPages {

  private LazyPages() {}

  /** Every row, in the order the model loads them, sorted by {@code field} (null: the table's own order). */
  public static <T> List<T> all(LazyDataModel<T> model, String field, SortOrder order, int pageSize) {
    Map<String, SortMeta> sortBy = field == null ? Map.of()
        : Map.of(field, SortMeta.builder().field(field).order(order).build());
    List<T> rows = new ArrayList<>();
    for (int first = 0; ; first += pageSize) {
      List<T> page = model.load(first, pageSize, sortBy, Map.of());
      rows.addAll(page);
      if (page.size() < pageSize) {
        return rows;
      }
    }
  }
}
