package jp.mamori.audit;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditRepository extends JpaRepository<Audit, Long> {
  Optional<Audit> findByCaseKey(String caseKey);

  Optional<Audit> findByAuditYear(int auditYear);
}
