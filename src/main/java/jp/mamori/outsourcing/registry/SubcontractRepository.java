package jp.mamori.outsourcing.registry;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubcontractRepository extends JpaRepository<Subcontract, Long> {

  Optional<Subcontract> findByCaseKey(String caseKey);

  List<Subcontract> findByContractIdInOrderByIdDesc(Collection<Long> contractIds);
}
