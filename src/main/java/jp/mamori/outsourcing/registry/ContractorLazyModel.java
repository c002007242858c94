package jp.mamori.outsourcing.registry;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import jp.mamori.storage.DeclaredOrder;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Feeds the contractor table one page at a time from the database; sorts only on known columns. */
public class ContractorLazyModel extends LazyDataModel<Contractor> {

  private static final Set<String> SORTABLE = Set.of("name", "status", "updatedAt");

  private static final Sort BY_NAME = Sort.by("name").and(Sort.by("id"));

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
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    Sort order = sort == null || !SORTABLE.contains(sort.getField()) ? BY_NAME : order(sort);
    int size = Math.max(1, pageSize);
    return contractors.page(nameFilter.get(), PageRequest.of(first / size, size, order)).getContent();
  }

  /** The chosen column, then name and id, so that rows of equal value keep one order from page to page. */
  private static Sort order(SortMeta sort) {
    Sort.Direction direction = sort.getOrder() == SortOrder.DESCENDING ? Sort.Direction.DESC : Sort.Direction.ASC;
    return switch (sort.getField()) {
      case "name" -> Sort.by(direction, "name").and(Sort.by("id"));
      // by the contractor's standing, the strongest first, as Contractors.restate ranks them
      case "status" -> DeclaredOrder.of(ContractorStatus.class, "status", direction).and(BY_NAME);
      default -> Sort.by(direction, sort.getField()).and(BY_NAME);
    };
  }

  @Override
  public String getRowKey(Contractor row) {
    return String.valueOf(row.getId());
  }
}
