package jp.mamori.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

public interface PledgeTextRepository extends ListCrudRepository<PledgeText, Long> {
  Optional<PledgeText> findTopByOrderByVersionDesc();

  List<PledgeText> findAllByOrderByVersionDesc();
}
