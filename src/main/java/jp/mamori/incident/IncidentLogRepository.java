package jp.mamori.incident;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface IncidentLogRepository extends JpaRepository<IncidentLogEntry, Long> {

  List<IncidentLogEntry> findByIncidentIdOrderByAtAscIdAsc(Long incidentId);
}
