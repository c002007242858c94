package jp.mamori.people;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StaffPledgeRepository extends JpaRepository<StaffPledge, Long> {
  List<StaffPledge> findByUserIdOrderBySignedOnDesc(String userId);

  List<StaffPledge> findByUserIdIsNotNull();

  Page<StaffPledge> findAllByOrderBySignedOnDescIdDesc(Pageable page);
}
