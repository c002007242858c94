package jp.mamori.provision.registry;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import jp.mamori.web.SearchedLazyModel;
import jp.mamori.web.TableSort;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;

/** Feeds the records table one page at a time from the database; sorts only on known columns. */
public class ProvisionLazyModel extends SearchedLazyModel<ProvisionRecord> {

  /**
   * The newest first; 根拠 in the article's order: within the purposes (第26条1項), consent (2項), an exception
   * (2項各号).
   */
  private static final TableSort SORT = TableSort.thenBy(Sort.by(Sort.Direction.DESC, "id"))
      .columns("providedOn", "recipient", "status", "caseKey").inDeclaredOrder("basis", Basis.class);

  ProvisionLazyModel(ProvisionRecords records, Supplier<String> query, boolean allowed,
      Consumer<List<ProvisionRecord>> shown) {
    super(SORT, page -> allowed ? records.search(query.get(), page) : Page.empty(page), ProvisionRecord::getId,
        shown);
  }
}
