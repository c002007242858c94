package jp.mamori.audit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface SelfCheckRepository extends ListCrudRepository<SelfCheck, Long> {
  List<SelfCheck> findByAuditIdOrderByDepartmentCodeAscEntryTitleAsc(Long auditId);

  Optional<SelfCheck> findByAuditIdAndLedgerEntryId(Long auditId, Long ledgerEntryId);
}
