package jp.mamori.outsourcing.registry;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface SubcontractRepository extends ListCrudRepository<Subcontract, Long> {

  Optional<Subcontract> findByCaseKey(String caseKey);

  List<Subcontract> findByContractIdInOrderByIdDesc(Collection<Long> contractIds);
}
