package jp.mamori.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Which department a staff member belongs to. */
@Entity
@Table(name = "staff_department")
public class StaffDepartment {

  @Id
  @Column(name = "user_id")
  private String userId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "department_id")
  private Department department;

  protected StaffDepartment() {}

  public StaffDepartment(String userId, Department department) {
    this.userId = userId;
    this.department = department;
  }

  public String getUserId() {
    return userId;
  }

  public Department getDepartment() {
    return department;
  }
}
