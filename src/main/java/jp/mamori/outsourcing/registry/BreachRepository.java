package jp.mamori.outsourcing.registry;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface BreachRepository extends ListCrudRepository<Breach, Long> {

  Optional<Breach> findByCaseKey(String caseKey);

  List<Breach> findByContractIdInOrderByIdDesc(Collection<Long> contractIds);
}
