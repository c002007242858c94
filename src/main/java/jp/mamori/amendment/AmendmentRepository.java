package jp.mamori.amendment;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AmendmentRepository extends JpaRepository<Amendment, Long> {

  Optional<Amendment> findByCaseKey(String caseKey);
}
