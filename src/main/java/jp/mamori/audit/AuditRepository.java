package jp.mamori.audit;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.query.Param;

public interface AuditRepository extends ListCrudRepository<Audit, Long> {
  // declared rather than derived: Spring Data renders a derived query's SQL again on every call (issue 18)
  @Query("select * from audit where case_key = :caseKey")
  Optional<Audit> findByCaseKey(@Param("caseKey") String caseKey);

  /** The regular audit of a fiscal year; extra audits of the year are not it. */
  Optional<Audit> findByRegularYear(Integer regularYear);
}
