package jp.mamori.people;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface DesignationRepository extends ListCrudRepository<Designation, Long> {
  List<Designation> findAllByOrderByRecordedAtDescIdDesc();

  List<Designation> findByKindAndEndedOnIsNull(DesignationKind kind);

  List<Designation> findByKindAndUserIdAndEndedOnIsNull(DesignationKind kind, String userId);
}
