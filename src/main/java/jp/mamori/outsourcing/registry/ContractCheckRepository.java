package jp.mamori.outsourcing.registry;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractCheckRepository extends JpaRepository<ContractCheck, Long> {

  List<ContractCheck> findByContractIdInOrderByCheckedAtDesc(Collection<Long> contractIds);
}
