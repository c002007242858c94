package jp.mamori.provision.registry;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import jp.mamori.web.TableSort;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Feeds the records table one page at a time from the database; sorts only on known columns. */
public class ProvisionLazyModel extends LazyDataModel<ProvisionRecord> {

  /**
   * The newest first; 根拠 in the article's order: within the purposes (第26条1項), consent (2項), an exception
   * (2項各号).
   */
  private static final TableSort SORT = TableSort.thenBy(Sort.by(Sort.Direction.DESC, "id"))
      .columns("providedOn", "recipient", "status", "caseKey").inDeclaredOrder("basis", Basis.class);

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
    int size = Math.max(1, pageSize);
    List<ProvisionRecord> page = records.search(query.get(), PageRequest.of(first / size, size, SORT.order(sortBy)))
        .getContent();
    shown.accept(page);
    return page;
  }

  @Override
  public String getRowKey(ProvisionRecord row) {
    return String.valueOf(row.getId());
  }
}
