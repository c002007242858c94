package jp.mamori.provision.registry;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import jp.mamori.storage.DeclaredOrder;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Feeds the records table one page at a time from the database; sorts only on known columns. */
public class ProvisionLazyModel extends LazyDataModel<ProvisionRecord> {

  private static final Set<String> SORTABLE = Set.of("providedOn", "recipient", "basis", "status", "caseKey");

  private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "id");

  private final transient ProvisionRecords records;
  private final transient Supplier<String> query;
  private final boolean allowed;
  private final transient Consumer<List<ProvisionRecord>> shown;

  ProvisionLazyModel(ProvisionRecords records, Supplier<String> query, boolean allowed,
      Consumer<List<ProvisionRecord>> shown) {
    this.shown = shown;
    this.records = records;
    this.query = query;
    this.allowed = allowed;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return allowed ? (int) Math.min(Integer.MAX_VALUE, records.search(query.get(), PageRequest.of(0, 1))
        .getTotalElements()) : 0;
  }

  @Override
  public List<ProvisionRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy,
      Map<String, FilterMeta> filterBy) {
    if (!allowed) {
      return List.of();
    }
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    Sort order = sort == null || !SORTABLE.contains(sort.getField()) ? NEWEST_FIRST : order(sort);
    int size = Math.max(1, pageSize);
    List<ProvisionRecord> page = records.search(query.get(), PageRequest.of(first / size, size, order)).getContent();
    shown.accept(page);
    return page;
  }

  /** The chosen column, then the newest first, so that rows of equal value keep one order from page to page. */
  private static Sort order(SortMeta sort) {
    Sort.Direction direction = sort.getOrder() == SortOrder.DESCENDING ? Sort.Direction.DESC : Sort.Direction.ASC;
    Sort column = "basis".equals(sort.getField())
        // in the article's order: within the purposes (第26条1項), consent (2項), an exception (2項各号)
        ? DeclaredOrder.of(Basis.class, "basis", direction)
        : Sort.by(direction, sort.getField());
    return column.and(NEWEST_FIRST);
  }

  @Override
  public String getRowKey(ProvisionRecord row) {
    return String.valueOf(row.getId());
  }
}
