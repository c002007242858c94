package jp.mamori.incident;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IncidentRepository extends JpaRepository<Incident, Long> {

  Optional<Incident> findByCaseKey(String caseKey);

  List<Incident> findByStatusInOrderByAwareAtAsc(Collection<IncidentStatus> statuses);

  List<Incident> findAllByOrderByReportedAtDesc();
}
