package jp.mamori.audit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SelfCheckRepository extends JpaRepository<SelfCheck, Long> {
  List<SelfCheck> findByAuditIdOrderByDepartmentCodeAscEntryTitleAsc(Long auditId);

  Optional<SelfCheck> findByAuditIdAndLedgerEntryId(Long auditId, Long ledgerEntryId);
}
