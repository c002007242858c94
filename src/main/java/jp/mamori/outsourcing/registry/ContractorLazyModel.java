package jp.mamori.outsourcing.registry;

import java.util.function.Supplier;
import jp.mamori.web.SearchedLazyModel;
import jp.mamori.web.TableSort;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;

/** Feeds the contractor table one page at a time from the database; sorts only on known columns. */
public class ContractorLazyModel extends SearchedLazyModel<Contractor> {

  /** By name; 状態 by the contractor's standing, the strongest first, as {@code Contractors.restate} ranks them. */
  private static final TableSort SORT = TableSort.thenBy(Sort.by("name").and(Sort.by("id")))
      .columns("name", "updatedAt").inDeclaredOrder("status", ContractorStatus.class);

  /** @param allowed whether the user may read the registry at all; if not, the table is empty */
  ContractorLazyModel(Contractors contractors, Supplier<String> nameFilter, boolean allowed) {
    super(SORT, page -> allowed ? contractors.page(nameFilter.get(), page) : Page.empty(page), Contractor::getId);
  }
}
