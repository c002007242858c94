package jp.mamori.policy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PolicyVersionRepository extends JpaRepository<PolicyVersion, Long> {

  List<PolicyVersion> findAllByOrderByVersionNoDesc();

  Optional<PolicyVersion> findFirstByOrderByVersionNoDesc();
}
