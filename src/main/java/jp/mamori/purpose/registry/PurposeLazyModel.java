package jp.mamori.purpose.registry;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jp.mamori.storage.DeclaredOrder;
import jp.mamori.web.TableSort;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Feeds the registry's table one page at a time from the database; sorts only on known columns. */
class PurposeLazyModel extends LazyDataModel<Purpose> {

  /**
   * 第17条's two lists in their order (院内, 院外提供), each in its own order, as the public notice shows them; 状態
   * as a purpose's decision runs: 承認待ち, 有効, 却下, 取得不可.
   */
  private static final TableSort SORT = TableSort.thenBy(DeclaredOrder.of(PurposeCategory.class, "category",
          Sort.Direction.ASC).and(Sort.by("sortOrder")).and(Sort.by("id")))
      .columns("textJa", "caseKey", "decidedAt")
      .inDeclaredOrder("category", PurposeCategory.class)
      .inDeclaredOrder("status", PurposeStatus.class);

  private final transient PurposeRegistry registry;
  private final transient Supplier<String> query;

  PurposeLazyModel(PurposeRegistry registry, Supplier<String> query) {
    this.registry = registry;
    this.query = query;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, registry.search(query.get(), PageRequest.of(0, 1)).getTotalElements());
  }

  @Override
  public List<Purpose> load(int first, int pageSize, Map<String, SortMeta> sortBy,
      Map<String, FilterMeta> filterBy) {
    int size = Math.max(1, pageSize);
    return registry.search(query.get(), PageRequest.of(first / size, size, SORT.order(sortBy))).getContent();
  }

  @Override
  public String getRowKey(Purpose row) {
    return String.valueOf(row.getId());
  }
}
