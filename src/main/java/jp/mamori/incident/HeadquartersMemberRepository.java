package jp.mamori.incident;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HeadquartersMemberRepository extends JpaRepository<HeadquartersMember, Long> {

  List<HeadquartersMember> findByIncidentIdOrderByAddedAtAscIdAsc(Long incidentId);

  Optional<HeadquartersMember> findByIncidentIdAndUserId(Long incidentId, String userId);

  boolean existsByUserId(String userId);
}
