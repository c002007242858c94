package jp.mamori.outsourcing.registry;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PledgeRepository extends JpaRepository<Pledge, Long> {

  List<Pledge> findByContractIdInOrderByIdAsc(Collection<Long> contractIds);

  long countByContractId(Long contractId);
}
