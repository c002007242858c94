package jp.mamori.ledger;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LedgerRepository extends JpaRepository<LedgerEntry, Long> {
  Optional<LedgerEntry> findByCaseKey(String caseKey);

  List<LedgerEntry> findAllByOrderByDepartmentCodeAscTitleAsc();
}
