package jp.mamori.provision.registry;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Feeds the records table one page at a time from the database; sorts only on known columns. */
public class ProvisionLazyModel extends LazyDataModel<ProvisionRecord> {

  private static final Set<String> SORTABLE = Set.of("providedOn", "recipient", "basis", "status", "caseKey");

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
    Sort order = sort == null || !SORTABLE.contains(sort.getField()) ? Sort.by(Sort.Direction.DESC, "id")
        : Sort.by(sort.getOrder() == SortOrder.DESCENDING ? Sort.Direction.DESC : Sort.Direction.ASC,
            sort.getField()).and(Sort.by(Sort.Direction.DESC, "id"));
    int size = Math.max(1, pageSize);
    List<ProvisionRecord> page = records.search(query.get(), PageRequest.of(first / size, size, order)).getContent();
    shown.accept(page);
    return page;
  }

  @Override
  public String getRowKey(ProvisionRecord row) {
    return String.valueOf(row.getId());
  }
}
