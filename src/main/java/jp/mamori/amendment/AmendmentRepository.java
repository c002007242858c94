package jp.mamori.amendment;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface AmendmentRepository extends ListCrudRepository<Amendment, Long> {

  Optional<Amendment> findByCaseKey(String caseKey);
}
