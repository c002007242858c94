package jp.mamori.provision.registry;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import jp.mamori.web.SearchedLazyModel;
import jp.mamori.web.TableSort;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Feeds the receipts table (APPI 30条) one page at a time from the database; sorts only on known columns. */
class ReceiptLazyModel extends SearchedLazyModel<ReceiptRecord> {

  /** The newest entered first. */
  private static final TableSort SORT = TableSort.thenBy(Sort.by(Sort.Direction.DESC, "id"))
      .columns("receivedOn", "provider", "retainUntil");

  private final transient ProvisionRecords records;
  private final transient Supplier<String> query;
  private final boolean allowed;
  private final transient Consumer<List<ReceiptRecord>> shown;

  ReceiptLazyModel(ProvisionRecords records, Supplier<String> query, boolean allowed,
      Consumer<List<ReceiptRecord>> shown) {
    super(SORT);
    this.records = records;
    this.query = query;
    this.allowed = allowed;
    this.shown = shown;
  }

  @Override
  protected Page<ReceiptRecord> search(Pageable page) {
    return allowed ? records.searchReceipts(query.get(), page) : Page.empty(page);
  }

  @Override
  protected void shown(List<ReceiptRecord> rows) {
    shown.accept(rows);
  }

  @Override
  public String getRowKey(ReceiptRecord row) {
    return String.valueOf(row.getId());
  }
}
