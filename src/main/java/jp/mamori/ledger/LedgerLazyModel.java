package jp.mamori.ledger;

import java.util.function.Supplier;
import jp.mamori.web.SearchedLazyModel;
import jp.mamori.web.TableSort;
import org.springframework.data.domain.Sort;

/** Feeds the ledger's table one page at a time from the database; sorts only on known columns. */
class LedgerLazyModel extends SearchedLazyModel<LedgerEntry> {

  /** By department, then name; 状態 as an entry's life runs: 未確定, 保管中, 廃棄済み. */
  private static final TableSort SORT = TableSort.thenBy(Sort.by("departmentCode").and(Sort.by("title"))
      .and(Sort.by("id"))).columns("title", "departmentCode", "retainUntil", "caseKey")
      .inDeclaredOrder("status", LedgerStatus.class);

  LedgerLazyModel(Ledger ledger, Supplier<String> query) {
    super(SORT, page -> ledger.search(query.get(), page), LedgerEntry::getId);
  }
}
