package jp.mamori.audit;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.query.Param;

public interface FindingRepository extends ListCrudRepository<Finding, Long> {
  List<Finding> findByAuditIdOrderByIdAsc(Long auditId);

  /** Carry-overs the director decided in audits of fiscal years before {@code year} that no audit has taken over yet. */
  @Query("select f.* from audit_finding f join audit a on a.id = f.audit_id where a.audit_year < :year"
      + " and f.status = 'CARRIED_OVER' and f.carried_into_audit_id is null order by f.id")
  List<Finding> carriedOverBefore(@Param("year") int year);
}
