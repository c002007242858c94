package jp.mamori.provision.registry;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import jp.mamori.web.SearchedLazyModel;
import jp.mamori.web.TableSort;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;

/** Feeds the receipts table (APPI 30条) one page at a time from the database; sorts only on known columns. */
class ReceiptLazyModel extends SearchedLazyModel<ReceiptRecord> {

  /** The newest entered first. */
  private static final TableSort SORT = TableSort.thenBy(Sort.by(Sort.Direction.DESC, "id"))
      .columns("receivedOn", "provider", "retainUntil");

  ReceiptLazyModel(ProvisionRecords records, Supplier<String> query, boolean allowed,
      Consumer<List<ReceiptRecord>> shown) {
    super(SORT, page -> allowed ? records.searchReceipts(query.get(), page) : Page.empty(page),
        ReceiptRecord::getId, shown);
  }
}
