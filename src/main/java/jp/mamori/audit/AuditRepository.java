package jp.mamori.audit;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface AuditRepository extends ListCrudRepository<Audit, Long> {
  Optional<Audit> findByCaseKey(String caseKey);

  /** The regular audit of a fiscal year; extra audits of the year are not it. */
  Optional<Audit> findByRegularYear(Integer regularYear);
}
