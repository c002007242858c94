package jp.mamori.incident;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface HeadquartersMemberRepository extends ListCrudRepository<HeadquartersMember, Long> {

  List<HeadquartersMember> findByIncidentIdOrderByAddedAtAscIdAsc(Long incidentId);

  Optional<HeadquartersMember> findByIncidentIdAndUserId(Long incidentId, String userId);

  List<HeadquartersMember> findByUserId(String userId);
}
