package jp.mamori.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.query.Param;

public interface TrainingAttendanceRepository extends ListCrudRepository<TrainingAttendance, Long> {
  List<TrainingAttendance> findBySessionIdOrderByUserIdAsc(Long sessionId);

  Optional<TrainingAttendance> findBySessionIdAndUserId(Long sessionId, String userId);

  List<TrainingAttendance> findBySessionIdInAndAttendedTrue(Collection<Long> sessionIds);

  /** Of the given members of staff, those who attended a session held in the period. */
  @Query("select distinct a.user_id from training_attendance a where a.attended = true and a.user_id in (:userIds)"
      + " and a.session_id in (select s.id from training_session s where s.held_on between :from and :to)")
  Set<String> attendedAmong(@Param("userIds") Collection<String> userIds, @Param("from") LocalDate from,
      @Param("to") LocalDate to);
}
