package jp.mamori.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FindingRepository extends JpaRepository<Finding, Long> {
  List<Finding> findByAuditIdOrderByIdAsc(Long auditId);

  /** Carry-overs the director decided in audits of fiscal years before {@code year} that no audit has taken over yet. */
  @Query("select f from Finding f, Audit a where a.id = f.auditId and a.auditYear < :year"
      + " and f.status = jp.mamori.audit.FindingStatus.CARRIED_OVER and f.carriedIntoAuditId is null order by f.id")
  List<Finding> carriedOverBefore(@Param("year") int year);
}
