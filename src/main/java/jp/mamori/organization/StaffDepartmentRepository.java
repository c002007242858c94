package jp.mamori.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.query.Param;

public interface StaffDepartmentRepository extends ListCrudRepository<StaffDepartment, String> {

  /** The user ids of one department's staff, by the department's code (one query, not the whole directory). */
  @Query("select s.user_id from staff_department s join department d on d.id = s.department_id where d.code = :code")
  List<String> userIdsOfDepartment(@Param("code") String code);

  @Query("select d.information_manager from staff_department s join department d on d.id = s.department_id"
      + " where s.user_id = :userId")
  Optional<String> informationManagerOf(@Param("userId") String userId);
}
