package jp.mamori.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TrainingAttendanceRepository extends JpaRepository<TrainingAttendance, Long> {
  List<TrainingAttendance> findBySessionIdOrderByUserIdAsc(Long sessionId);

  Optional<TrainingAttendance> findBySessionIdAndUserId(Long sessionId, String userId);

  List<TrainingAttendance> findBySessionIdInAndAttendedTrue(Collection<Long> sessionIds);
}
