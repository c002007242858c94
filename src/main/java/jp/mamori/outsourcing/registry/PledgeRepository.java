package jp.mamori.outsourcing.registry;

import java.util.Collection;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface PledgeRepository extends ListCrudRepository<Pledge, Long> {

  List<Pledge> findByContractIdInOrderByIdAsc(Collection<Long> contractIds);

  long countByContractId(Long contractId);
}
