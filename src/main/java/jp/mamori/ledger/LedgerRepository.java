package jp.mamori.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface LedgerRepository extends ListCrudRepository<LedgerEntry, Long> {
  Optional<LedgerEntry> findByCaseKey(String caseKey);

  List<LedgerEntry> findAllByOrderByDepartmentCodeAscTitleAsc();

  /** Active entries whose retention ended before the day and that have no disposal case yet (第24条). */
  List<LedgerEntry> findByStatusAndRetainUntilBeforeAndDisposalCaseKeyIsNullOrderByIdAsc(LedgerStatus status,
      LocalDate day);

  List<LedgerEntry> findByCopyOfIdOrderByIdAsc(Long originalId);
}
