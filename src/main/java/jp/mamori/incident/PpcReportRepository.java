package jp.mamori.incident;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface PpcReportRepository extends ListCrudRepository<PpcReport, Long> {

  Optional<PpcReport> findByIncidentIdAndKind(Long incidentId, PpcReportKind kind);

  List<PpcReport> findByIncidentIdOrderByIdAsc(Long incidentId);
}
