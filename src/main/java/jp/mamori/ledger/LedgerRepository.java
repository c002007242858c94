package jp.mamori.ledger;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.query.Param;

public interface LedgerRepository extends ListCrudRepository<LedgerEntry, Long> {
  // declared rather than derived: Spring Data renders a derived query's SQL again on every call (issue 18)
  @Query("select * from ledger_entry where case_key = :caseKey")
  Optional<LedgerEntry> findByCaseKey(@Param("caseKey") String caseKey);

  List<LedgerEntry> findAllByOrderByDepartmentCodeAscTitleAsc();

  /**
   * The ledger's list: entries whose name, items, storage place or case number contain the text (any case, its
   * wildcards as written) or that belong to one of the departments. Derived, as only that path takes an order-by
   * expression ({@link jp.mamori.storage.DeclaredOrder}).
   */
  Page<LedgerEntry>
      findByTitleContainingIgnoreCaseOrDataItemsContainingIgnoreCaseOrStoragePlaceContainingIgnoreCaseOrCaseKeyContainingIgnoreCaseOrDepartmentCodeIn(
          String title, String items, String place, String caseKey, Collection<String> departments, Pageable page);

  /** Active entries whose retention ended before the day and that have no disposal case yet (第24条). */
  List<LedgerEntry> findByStatusAndRetainUntilBeforeAndDisposalCaseKeyIsNullOrderByIdAsc(LedgerStatus status,
      LocalDate day);

  List<LedgerEntry> findByCopyOfIdOrderByIdAsc(Long originalId);
}
