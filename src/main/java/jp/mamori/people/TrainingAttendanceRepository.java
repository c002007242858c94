package jp.mamori.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TrainingAttendanceRepository extends JpaRepository<TrainingAttendance, Long> {
  List<TrainingAttendance> findBySessionIdOrderByUserIdAsc(Long sessionId);

  Optional<TrainingAttendance> findBySessionIdAndUserId(Long sessionId, String userId);

  List<TrainingAttendance> findBySessionIdInAndAttendedTrue(Collection<Long> sessionIds);

  /** Of the given members of staff, those who attended a session held in the period. */
  @Query("select distinct a.userId from TrainingAttendance a where a.attended = true and a.userId in :userIds"
      + " and a.sessionId in (select s.id from TrainingSession s where s.heldOn between :from and :to)")
  Set<String> attendedAmong(@Param("userIds") Collection<String> userIds, @Param("from") LocalDate from,
      @Param("to") LocalDate to);
}
