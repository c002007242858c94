package jp.mamori.organization;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small hospital to try the application with: departments, one user per role (password {@code demo}) and
 * deputies. Only where {@code mamori.demo.enabled} is true, which is the default profile and never production
 * unless an operator asks for it.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "mamori.demo.enabled", havingValue = "true")
class DemoOrganization implements ApplicationRunner {

  static final String DEMO_PASSWORD = "demo";

  private record DemoUser(String id, String lastName, String firstName, Role role, String department) {}

  private static final List<Department> DEPARTMENTS = List.of(
      new Department("ADMIN", "院長室", "Director's office"),
      new Department("MEDICAL_AFFAIRS", "医事課", "Medical affairs"),
      new Department("NURSING", "看護部", "Nursing"),
      new Department("RADIOLOGY", "放射線科", "Radiology"),
      new Department("IT", "情報システム部", "Information systems"),
      new Department("HEAD_OFFICE", "本社 個人情報保護室", "Head office privacy office"));

  private static final List<DemoUser> USERS = List.of(
      new DemoUser("director", "山田", "太郎", Role.TOTAL_MANAGER, "ADMIN"),
      new DemoUser("privacy-lead", "佐藤", "花子", Role.SUPERVISING_MANAGER, "ADMIN"),
      new DemoUser("records-manager", "鈴木", "一郎", Role.INFORMATION_MANAGER, "MEDICAL_AFFAIRS"),
      new DemoUser("nurse", "高橋", "美咲", Role.HANDLER, "NURSING"),
      new DemoUser("clerk", "田中", "健", Role.HANDLER, "RADIOLOGY"),
      new DemoUser("hq-officer", "伊藤", "誠", Role.CORPORATE_OFFICER, "HEAD_OFFICE"),
      new DemoUser("desk", "渡辺", "由美", Role.MEDICAL_AFFAIRS_DESK, "MEDICAL_AFFAIRS"),
      new DemoUser("exec", "中村", "修", Role.EXECUTIVE, "ADMIN"),
      new DemoUser("modeler", "小林", "聡", Role.PROCESS_OWNER, "IT"),
      new DemoUser("admin", "加藤", "亮", Role.SYSTEM_ADMIN, "IT"));

  private static final List<String> COMMITTEE = List.of("director", "privacy-lead", "records-manager");

  private final IdentityService identityService;
  private final DepartmentRepository departments;
  private final StaffDepartmentRepository staffDepartments;
  private final DeputyRepository deputies;
  private final RoleGroups roleGroups;

  DemoOrganization(IdentityService identityService, DepartmentRepository departments,
      StaffDepartmentRepository staffDepartments, DeputyRepository deputies, RoleGroups roleGroups) {
    this.identityService = identityService;
    this.departments = departments;
    this.staffDepartments = staffDepartments;
    this.deputies = deputies;
    this.roleGroups = roleGroups;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    DEPARTMENTS.forEach(d -> departments.findByCode(d.getCode()).orElseGet(() -> {
      Department department = new Department(d.getCode(), d.getNameJa(), d.getNameEn());
      department.setInformationManager("records-manager");
      return departments.save(department);
    }));
    USERS.forEach(this::ensureUser);
    roleGroups.syncCamundaAdmins();
    ensureDeputy("director", "privacy-lead");
    ensureDeputy("records-manager", "privacy-lead");
    ensureDeputy("nurse", "clerk");
    // 第7条: the privacy committee (個人情報保護部会) of the demo: the director, the supervising and an information manager
    COMMITTEE.forEach(this::ensureCommitteeMember);
  }

  private void ensureCommitteeMember(String userId) {
    if (!identityService.isReadOnly() && identityService.createUserQuery().userId(userId).memberOfGroup(Role.COMMITTEE.groupId()).count() == 0) {
      identityService.createMembership(userId, Role.COMMITTEE.groupId());
    }
  }

  private void ensureUser(DemoUser demo) {
    // with the staff directory (ADR 0024) the people come from there; the departments and deputies stay the app's
    if (!identityService.isReadOnly() && identityService.createUserQuery().userId(demo.id()).count() == 0) {
      User user = identityService.newUser(demo.id());
      user.setLastName(demo.lastName());
      user.setFirstName(demo.firstName());
      user.setEmail(demo.id() + "@demo.mamori.example");
      user.setPassword(DEMO_PASSWORD);
      identityService.saveUser(user);
      identityService.createMembership(demo.id(), demo.role().groupId());
    }
    if (!staffDepartments.existsById(demo.id())) {
      staffDepartments.save(new StaffDepartment(demo.id(), departments.findByCode(demo.department()).orElseThrow()));
    }
  }

  private void ensureDeputy(String principal, String deputy) {
    if (!deputies.existsByPrincipalUserIdAndDeputyUserId(principal, deputy)) {
      deputies.save(new Deputy(principal, deputy, null, null));
    }
  }
}
