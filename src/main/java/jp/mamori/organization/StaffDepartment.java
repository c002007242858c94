package jp.mamori.organization;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** Which department a staff member belongs to; keyed by the staff member's user id. */
@Table("staff_department")
public class StaffDepartment implements Persistable<String> {

  @Id
  @Column("user_id")
  private String userId;

  @Column("department_id")
  private Long departmentId;

  /** The key is the user id, never generated: only a row made here is inserted, one read back is updated. */
  @Transient
  private boolean created;

  protected StaffDepartment() {}

  public StaffDepartment(String userId, Department department) {
    this.userId = userId;
    this.departmentId = department.getId();
    this.created = true;
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

  @Override
  public boolean isNew() {
    return created;
  }
}
