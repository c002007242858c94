package jp.mamori.organization;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface DeputyRepository extends ListCrudRepository<Deputy, Long> {
  List<Deputy> findByPrincipalUserId(String principalUserId);

  boolean existsByPrincipalUserIdAndDeputyUserId(String principalUserId, String deputyUserId);
}
