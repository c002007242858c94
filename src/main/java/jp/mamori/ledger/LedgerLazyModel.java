package jp.mamori.ledger;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import jp.mamori.web.TableSort;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Feeds the ledger's table one page at a time from the database; sorts only on known columns. */
class LedgerLazyModel extends LazyDataModel<LedgerEntry> {

  /** By department, then name; 状態 as an entry's life runs: 未確定, 保管中, 廃棄済み. */
  private static final TableSort SORT = TableSort.thenBy(Sort.by("departmentCode").and(Sort.by("title"))
      .and(Sort.by("id"))).columns("title", "departmentCode", "retainUntil", "caseKey")
      .inDeclaredOrder("status", LedgerStatus.class);

  private final transient Ledger ledger;
  private final transient Supplier<String> query;

  LedgerLazyModel(Ledger ledger, Supplier<String> query) {
    this.ledger = ledger;
    this.query = query;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, ledger.search(query.get(), PageRequest.of(0, 1)).getTotalElements());
  }

  @Override
  public List<LedgerEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
      Map<String, FilterMeta> filterBy) {
    int size = Math.max(1, pageSize);
    return ledger.search(query.get(), PageRequest.of(first / size, size, SORT.order(sortBy))).getContent();
  }

  @Override
  public String getRowKey(LedgerEntry row) {
    return String.valueOf(row.getId());
  }
}
