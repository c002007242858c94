package jp.mamori.people;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DesignationRepository extends JpaRepository<Designation, Long> {
  List<Designation> findAllByOrderByRecordedAtDescIdDesc();

  List<Designation> findByKindAndEndedOnIsNull(DesignationKind kind);

  List<Designation> findByKindAndUserIdAndEndedOnIsNull(DesignationKind kind, String userId);
}
