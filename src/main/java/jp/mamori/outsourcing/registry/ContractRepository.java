package jp.mamori.outsourcing.registry;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface ContractRepository extends ListCrudRepository<Contract, Long> {

  Optional<Contract> findByCaseKey(String caseKey);

  List<Contract> findByContractorIdOrderByIdDesc(Long contractorId);

  List<Contract> findByStatusInOrderByIdDesc(Collection<ContractStatus> status);

  List<Contract> findByStatusInAndNextCheckOpensLessThanEqualOrderByNextCheckDueAsc(Collection<ContractStatus> status,
      LocalDate opensBy);
}
