package jp.mamori.audit;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditRepository extends JpaRepository<Audit, Long> {
  Optional<Audit> findByCaseKey(String caseKey);

  /** The regular audit of a fiscal year; extra audits of the year are not it. */
  Optional<Audit> findByRegularYear(Integer regularYear);
}
