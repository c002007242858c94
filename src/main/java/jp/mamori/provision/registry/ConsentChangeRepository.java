package jp.mamori.provision.registry;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentChangeRepository extends JpaRepository<ConsentChange, Long> {

  List<ConsentChange> findByConsentIdOrderByIdAsc(Long consentId);
}
