package jp.mamori.organization;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeputyRepository extends JpaRepository<Deputy, Long> {
  List<Deputy> findByPrincipalUserId(String principalUserId);

  boolean existsByPrincipalUserIdAndDeputyUserId(String principalUserId, String deputyUserId);
}
