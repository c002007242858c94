package jp.mamori.outsourcing.registry;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface ContractCheckRepository extends ListCrudRepository<ContractCheck, Long> {

  List<ContractCheck> findByContractIdInOrderByCheckedAtDesc(Collection<Long> contractIds);
}
