package jp.mamori.amendment;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.query.Param;

interface AmendmentRepository extends ListCrudRepository<Amendment, Long> {

  // declared rather than derived: Spring Data renders a derived query's SQL again on every call (issue 18)

  @Query("select * from amendment where case_key = :caseKey")

  Optional<Amendment> findByCaseKey(@Param("caseKey") String caseKey);
}
