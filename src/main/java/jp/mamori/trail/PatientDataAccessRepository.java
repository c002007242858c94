package jp.mamori.trail;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

/**
 * Append-only: save and read, no update; the one delete is the retention purge of rows older than the kept period
 * ({@link AccessLogRetention}), which nothing else calls.
 */
interface PatientDataAccessRepository extends Repository<PatientDataAccess, Long>, PatientDataAccessSearch {

  PatientDataAccess save(PatientDataAccess access);

  List<PatientDataAccess> findByCaseKeyOrderByAccessedAtAscIdAsc(String caseKey);

  @Modifying
  @Transactional // a query method has no transaction of its own, and the pool is out of auto-commit (ADR 0047)
  @Query("delete from patient_data_access where accessed_at < :before")
  int purgeOlderThan(@Param("before") Instant before);
}
