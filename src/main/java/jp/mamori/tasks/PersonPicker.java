package jp.mamori.tasks;

import java.util.List;
import jp.mamori.organization.Role;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.organization.StaffMember;
import jp.mamori.tasks.form.FormField;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/**
 * The choices of a form's person picker (a text field with {@code "picker": "person"}): staff by name, the value
 * their login id, narrowed to a role's members when the field names one ({@code "role": "information-manager"}).
 * Only staff roles' members: system accounts (the administrator, the process owner) are nobody's assignee.
 */
@Component("personPicker")
@RequestScope
public class PersonPicker {

  private final StaffDirectory staff;
  private List<StaffMember> everyone;

  PersonPicker(StaffDirectory staff) {
    this.staff = staff;
  }

  public List<StaffMember> people(FormField field) {
    String role = field.properties().get("role");
    if (role != null && !role.isBlank()) {
      return staff.membersOf(role);
    }
    if (everyone == null) {
      everyone = staff.everyone().stream()
          .filter(m -> m.groupIds().stream().anyMatch(g -> Role.ofGroupId(g).map(Role::isStaffRole).orElse(false)))
          .toList();
    }
    return everyone;
  }
}
