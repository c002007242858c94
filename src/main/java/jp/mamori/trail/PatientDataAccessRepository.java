package jp.mamori.trail;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Append-only: save and read, no update; the one delete is the retention purge of rows older than the kept period
 * ({@link AccessLogRetention}), which nothing else calls.
 */
interface PatientDataAccessRepository extends Repository<PatientDataAccess, Long> {

  PatientDataAccess save(PatientDataAccess access);

  List<PatientDataAccess> findByCaseKeyOrderByAccessedAtAscIdAsc(String caseKey);

  /** Person, case and period; a null person or case matches every one. Newest first, paged in the database. */
  @Query(value = "select a from PatientDataAccess a where (:userId is null or a.userId = :userId)"
      + " and (:caseKey is null or a.caseKey = :caseKey) and a.accessedAt >= :from and a.accessedAt < :until"
      + " order by a.accessedAt desc, a.id desc",
      countQuery = "select count(a) from PatientDataAccess a where (:userId is null or a.userId = :userId)"
      + " and (:caseKey is null or a.caseKey = :caseKey) and a.accessedAt >= :from and a.accessedAt < :until")
  Page<PatientDataAccess> search(@Param("userId") String userId, @Param("caseKey") String caseKey,
      @Param("from") Instant from, @Param("until") Instant until, Pageable page);

  @Modifying
  @Query("delete from PatientDataAccess a where a.accessedAt < :before")
  int purgeOlderThan(@Param("before") Instant before);
}
