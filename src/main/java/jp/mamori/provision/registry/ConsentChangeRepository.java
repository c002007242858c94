package jp.mamori.provision.registry;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface ConsentChangeRepository extends ListCrudRepository<ConsentChange, Long> {

  List<ConsentChange> findByConsentIdOrderByIdAsc(Long consentId);
}
