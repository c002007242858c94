package jp.mamori.outsourcing.registry;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jp.mamori.web.TableSort;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Feeds the contractor table one page at a time from the database; sorts only on known columns. */
public class ContractorLazyModel extends LazyDataModel<Contractor> {

  /** By name; 状態 by the contractor's standing, the strongest first, as {@code Contractors.restate} ranks them. */
  private static final TableSort SORT = TableSort.thenBy(Sort.by("name").and(Sort.by("id")))
      .columns("name", "updatedAt").inDeclaredOrder("status", ContractorStatus.class);

  private final transient Contractors contractors;
  private final transient Supplier<String> nameFilter;
  private final boolean allowed;

  /** @param allowed whether the user may read the registry at all; if not, the table is empty */
  ContractorLazyModel(Contractors contractors, Supplier<String> nameFilter, boolean allowed) {
    this.contractors = contractors;
    this.nameFilter = nameFilter;
    this.allowed = allowed;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    if (!allowed) {
      return 0;
    }
    return (int) Math.min(Integer.MAX_VALUE,
        contractors.page(nameFilter.get(), PageRequest.of(0, 1)).getTotalElements());
  }

  @Override
  public List<Contractor> load(int first, int pageSize, Map<String, SortMeta> sortBy,
      Map<String, FilterMeta> filterBy) {
    if (!allowed) {
      return List.of();
    }
    int size = Math.max(1, pageSize);
    return contractors.page(nameFilter.get(), PageRequest.of(first / size, size, SORT.order(sortBy))).getContent();
  }

  @Override
  public String getRowKey(Contractor row) {
    return String.valueOf(row.getId());
  }
}
