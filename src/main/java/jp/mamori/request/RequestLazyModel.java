package jp.mamori.request;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import jp.mamori.storage.DeclaredOrder;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Feeds the requests register one page at a time from the database; sorts only on known columns. */
class RequestLazyModel extends LazyDataModel<PatientRequest> {

  private static final Set<String> SORTABLE = Set.of("caseKey", "kind", "status", "receivedOn", "dueAt");
  private static final Sort BY_DUE = Sort.by("dueAt").and(Sort.by("id"));

  private final transient PatientRequestRepository repository;
  private final transient BooleanSupplier openOnly;
  private final boolean allowed;

  /** @param allowed whether the user may read the register at all; if not, the table is empty */
  RequestLazyModel(PatientRequestRepository repository, BooleanSupplier openOnly, boolean allowed) {
    this.repository = repository;
    this.openOnly = openOnly;
    this.allowed = allowed;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return allowed ? (int) repository.countListed(openOnly.getAsBoolean()) : 0;
  }

  @Override
  public List<PatientRequest> load(int first, int pageSize, Map<String, SortMeta> sortBy,
      Map<String, FilterMeta> filterBy) {
    if (!allowed) {
      return List.of();
    }
    SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
    Sort order = sort == null || !SORTABLE.contains(sort.getField()) ? BY_DUE : order(sort);
    int size = Math.max(1, pageSize);
    return repository.listed(openOnly.getAsBoolean(), PageRequest.of(first / size, size, order)).getContent();
  }

  /**
   * The chosen column, then the due date and id, so that rows of equal value keep one order from page to page. Kind
   * and status sort in their enums' order — the articles' (第27条, 第28条, 第29条…) and the procedure's — not by the
   * spelling of the stored code.
   */
  private static Sort order(SortMeta sort) {
    Sort.Direction direction = sort.getOrder() == SortOrder.DESCENDING ? Sort.Direction.DESC : Sort.Direction.ASC;
    Sort column = switch (sort.getField()) {
      case "kind" -> DeclaredOrder.of(RequestKind.class, "kind", direction);
      case "status" -> DeclaredOrder.of(RequestStatus.class, "status", direction);
      default -> Sort.by(direction, sort.getField());
    };
    return column.and(BY_DUE);
  }

  @Override
  public String getRowKey(PatientRequest row) {
    return String.valueOf(row.getId());
  }
}
