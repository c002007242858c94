package jp.mamori.organization;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface DepartmentRepository extends ListCrudRepository<Department, Long> {
  Optional<Department> findByCode(String code);
}
