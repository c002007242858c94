package jp.mamori.request;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import jp.mamori.web.TableSort;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Feeds the requests register one page at a time from the database; sorts only on known columns. */
class RequestLazyModel extends LazyDataModel<PatientRequest> {

  /**
   * The earliest due first; 種別 in the articles' order (第27条, 第28条, 第29条…) and 状況 in the procedure's, not by
   * the spelling of the stored codes.
   */
  private static final TableSort SORT = TableSort.thenBy(Sort.by("dueAt").and(Sort.by("id")))
      .columns("caseKey", "receivedOn", "dueAt")
      .inDeclaredOrder("kind", RequestKind.class).inDeclaredOrder("status", RequestStatus.class);

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
    int size = Math.max(1, pageSize);
    return repository.listed(openOnly.getAsBoolean(), PageRequest.of(first / size, size, SORT.order(sortBy)))
        .getContent();
  }

  @Override
  public String getRowKey(PatientRequest row) {
    return String.valueOf(row.getId());
  }
}
