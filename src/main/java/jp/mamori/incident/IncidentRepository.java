package jp.mamori.incident;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.query.Param;

interface IncidentRepository extends ListCrudRepository<Incident, Long> {

  // declared rather than derived: Spring Data renders a derived query's SQL again on every call (issue 18)

  @Query("select * from incident where case_key = :caseKey")

  Optional<Incident> findByCaseKey(@Param("caseKey") String caseKey);

  List<Incident> findByStatusInOrderByAwareAtAsc(Collection<IncidentStatus> statuses);

  /** What a holder of the head's or deputy's role sees: boards without a head yet, and those they head or are on. */
  Page<Incident> findByHeadIsNullOrHeadOrDeputyOrIdIn(String head, String deputy, Collection<Long> memberOf,
      Pageable page);

  /** What anyone else sees: the boards they head, deputize or were named a member of. */
  Page<Incident> findByHeadOrDeputyOrIdIn(String head, String deputy, Collection<Long> memberOf, Pageable page);
}
