package jp.mamori.organization;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StaffDepartmentRepository extends JpaRepository<StaffDepartment, String> {

  /** The user ids of one department's staff, by the department's code (one query, not the whole directory). */
  @Query("select s.userId from StaffDepartment s where s.department.code = :code")
  List<String> userIdsOfDepartment(@Param("code") String code);
}
