package jp.mamori.policy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface PolicyVersionRepository extends ListCrudRepository<PolicyVersion, Long> {

  List<PolicyVersion> findAllByOrderByVersionNoDesc();

  Optional<PolicyVersion> findFirstByOrderByVersionNoDesc();
}
