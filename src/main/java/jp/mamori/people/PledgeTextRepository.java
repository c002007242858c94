package jp.mamori.people;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PledgeTextRepository extends JpaRepository<PledgeText, Long> {
  Optional<PledgeText> findTopByOrderByVersionDesc();
}
