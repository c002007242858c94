package jp.mamori.people;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

public interface TrainingSessionRepository extends ListCrudRepository<TrainingSession, Long> {
  Page<TrainingSession> findAllByOrderByHeldOnDescIdDesc(Pageable page);

  List<TrainingSession> findByHeldOnBetween(LocalDate from, LocalDate to);
}
