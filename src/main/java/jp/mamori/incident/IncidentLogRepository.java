package jp.mamori.incident;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface IncidentLogRepository extends ListCrudRepository<IncidentLogEntry, Long> {

  List<IncidentLogEntry> findByIncidentIdOrderByAtAscIdAsc(Long incidentId);
}
