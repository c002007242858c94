package jp.mamori.people;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.query.Param;

public interface StaffPledgeRepository extends ListCrudRepository<StaffPledge, Long> {
  List<StaffPledge> findByUserIdOrderBySignedOnDesc(String userId);

  List<StaffPledge> findByUserIdIsNotNull();

  /** Of the given members of staff, those who signed a pledge. */
  @Query("select distinct user_id from staff_pledge where user_id in (:userIds)")
  Set<String> signedAmong(@Param("userIds") Collection<String> userIds);

  Page<StaffPledge> findAllByOrderBySignedOnDescIdDesc(Pageable page);
}
