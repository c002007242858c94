package jp.mamori.people;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import jp.mamori.organization.Department;
import jp.mamori.organization.DepartmentRepository;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.organization.StaffMember;
import jp.mamori.security.CurrentUser;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.Messages;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Backs designations.xhtml: designate as one's own article allows (第4–7条), withdraw, and the whole history. */
@Component
@ViewScoped
public class DesignationsView implements Serializable {

  private final transient Designations designations;
  private final transient DepartmentRepository departments;
  private final transient StaffDirectory staff;
  private final transient IdentityService identityService;
  private final transient CurrentUser currentUser;

  private String kind;
  private String userId;
  private String scope;
  private String reason;
  private Long withdrawId;
  private String withdrawReason;

  DesignationsView(Designations designations, DepartmentRepository departments, StaffDirectory staff,
      IdentityService identityService, CurrentUser currentUser) {
    this.designations = designations;
    this.departments = departments;
    this.staff = staff;
    this.identityService = identityService;
    this.currentUser = currentUser;
  }

  /** The kinds this user may designate: their article's, no other. */
  public List<DesignationKind> getKinds() {
    return Arrays.stream(DesignationKind.values())
        .filter(k -> designations.mayDesignate(currentUser.require(), k)).toList();
  }

  public void designate() {
    try {
      DesignationKind chosen = kind == null || kind.isBlank() ? null : DesignationKind.valueOf(kind);
      if (chosen == null) {
        throw new ActionRefused("people.error.kind");
      }
      designations.designate(currentUser.require(), chosen, userId, scope, reason);
      Messages.info("people.designated");
      if (designations.rolesFromDirectory()) {
        // ADR 0039: the record is made; the role itself is the directory's to give
        Messages.warn(designations.holdsRole(userId, chosen) ? "people.designated.directory"
            : "people.designated.directoryMissing", roleName(chosen));
      }
      userId = null;
      reason = null;
    } catch (ActionRefused e) {
      Messages.refused(e);
    }
  }

  public void withdraw() {
    try {
      designations.withdraw(currentUser.require(), withdrawId, withdrawReason);
      Messages.info("people.withdrawn");
      if (designations.rolesFromDirectory()) {
        Messages.warn("people.withdrawn.directory");
      }
      withdrawReason = null;
    } catch (ActionRefused e) {
      Messages.refused(e);
    }
  }

  /** Whether the page says that roles come from the directory (a note above the form). */
  public boolean isRolesFromDirectory() {
    return designations.rolesFromDirectory();
  }

  private static String roleName(DesignationKind kind) {
    var context = jakarta.faces.context.FacesContext.getCurrentInstance();
    boolean english = context != null && java.util.Locale.ENGLISH.getLanguage()
        .equals(context.getViewRoot().getLocale().getLanguage());
    return english ? kind.role().nameEn() : kind.role().nameJa();
  }

  public boolean mayWithdraw(Designation designation) {
    return designation.isActive() && designations.mayDesignate(currentUser.require(), designation.getKind());
  }

  public List<Designation> getHistory() {
    return designations.history();
  }

  /** Everyone on the staff (a designation may name anyone; it gives them the role). */
  public List<StaffMember> getPeople() {
    return identityService.createUserQuery().orderByUserLastName().asc().list().stream().map(User::getId)
        .map(staff::find).flatMap(java.util.Optional::stream).toList();
  }

  public List<Department> getDepartments() {
    return departments.findAll();
  }

  public String displayName(String id) {
    return staff.displayName(id);
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getUserId() {
    return userId;
  }

  public void setUserId(String userId) {
    this.userId = userId;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Long getWithdrawId() {
    return withdrawId;
  }

  public void setWithdrawId(Long withdrawId) {
    this.withdrawId = withdrawId;
  }

  public String getWithdrawReason() {
    return withdrawReason;
  }

  public void setWithdrawReason(String withdrawReason) {
    this.withdrawReason = withdrawReason;
  }
}
