package jp.mamori.outsourcing.registry;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.query.Param;

public interface BreachRepository extends ListCrudRepository<Breach, Long> {

  // declared rather than derived: Spring Data renders a derived query's SQL again on every call (issue 18)

  @Query("select * from outsourcing_breach where case_key = :caseKey")

  Optional<Breach> findByCaseKey(@Param("caseKey") String caseKey);

  List<Breach> findByContractIdInOrderByIdDesc(Collection<Long> contractIds);
}
