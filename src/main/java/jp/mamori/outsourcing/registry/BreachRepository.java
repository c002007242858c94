package jp.mamori.outsourcing.registry;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BreachRepository extends JpaRepository<Breach, Long> {

  Optional<Breach> findByCaseKey(String caseKey);

  List<Breach> findByContractIdInOrderByIdDesc(Collection<Long> contractIds);
}
