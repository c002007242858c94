package jp.mamori.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.query.Param;

public interface LedgerRepository extends ListCrudRepository<LedgerEntry, Long> {
  // declared rather than derived: Spring Data renders a derived query's SQL again on every call (issue 18)
  @Query("select * from ledger_entry where case_key = :caseKey")
  Optional<LedgerEntry> findByCaseKey(@Param("caseKey") String caseKey);

  List<LedgerEntry> findAllByOrderByDepartmentCodeAscTitleAsc();

  /** Active entries whose retention ended before the day and that have no disposal case yet (第24条). */
  List<LedgerEntry> findByStatusAndRetainUntilBeforeAndDisposalCaseKeyIsNullOrderByIdAsc(LedgerStatus status,
      LocalDate day);

  List<LedgerEntry> findByCopyOfIdOrderByIdAsc(Long originalId);
}
