package jp.mamori.incident;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface IncidentRepository extends ListCrudRepository<Incident, Long> {

  Optional<Incident> findByCaseKey(String caseKey);

  List<Incident> findByStatusInOrderByAwareAtAsc(Collection<IncidentStatus> statuses);

  List<Incident> findAllByOrderByReportedAtDesc();
}
