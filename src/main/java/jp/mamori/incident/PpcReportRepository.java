package jp.mamori.incident;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PpcReportRepository extends JpaRepository<PpcReport, Long> {

  Optional<PpcReport> findByIncidentIdAndKind(Long incidentId, PpcReportKind kind);

  List<PpcReport> findByIncidentIdOrderByIdAsc(Long incidentId);
}
