package jp.mamori.outsourcing.registry;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

public interface ContractorRepository extends ListCrudRepository<Contractor, Long> {

  Optional<Contractor> findByName(String name);

  Page<Contractor> findByNameContainingIgnoreCase(String name, Pageable pageable);
}
