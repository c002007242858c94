package jp.mamori.organization;

import jp.mamori.storage.KeyedByUser;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** Which department a staff member belongs to; keyed by the staff member's user id. */
@Table("staff_department")
public class StaffDepartment extends KeyedByUser {

  @Id
  @Column("user_id")
  private String userId;

  @Column("department_id")
  private Long departmentId;

  protected StaffDepartment() {}

  public StaffDepartment(String userId, Department department) {
    super(true);
    this.userId = userId;
    this.departmentId = department.getId();
  }

  public String getUserId() {
    return userId;
  }

  public Long getDepartmentId() {
    return departmentId;
  }

  @Override
  public String getId() {
    return userId;
  }
}
