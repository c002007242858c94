package jp.mamori.incident;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface MeasureRepository extends ListCrudRepository<Measure, Long> {

  List<Measure> findByIncidentIdOrderByIdAsc(Long incidentId);
}
