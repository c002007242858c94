package jp.mamori.people;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.organization.DepartmentRepository;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.testing.ProcessTest;
import jp.mamori.testing.Staff;
import jp.mamori.testing.TestDirectory;
import jp.mamori.trail.AuditEntryRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Designations (第4–7条) with the staff directory on (ADR 0024, ADR 0039): the engine's identity is the directory's,
 * read-only, so a designation cannot give or take the role's group. It is recorded all the same — who decided, from
 * when, why — and says that the role comes from the directory. The designations' records are the app's database
 * (the shared test context); the identity is a real LDAP server with an engine of its own ({@link TestDirectory}).
 */
class DesignationsWithDirectoryTest extends ProcessTest {

  private static TestDirectory directory;

  @Autowired DesignationRepository designationRepository;
  @Autowired DepartmentRepository departments;
  @Autowired PlatformTransactionManager transactions;
  @Autowired AuditEntryRepository entries;

  Designations designations;
  StaffDirectory directoryStaff;
  StaffPrincipal director;

  @BeforeAll
  static void startDirectory() throws Exception {
    directory = TestDirectory.start("mamori-designations-directory");
  }

  @AfterAll
  static void stopDirectory() {
    if (directory != null) {
      directory.close();
    }
  }

  @BeforeEach
  void designationsOverTheDirectory() {
    var identity = directory.engine().getIdentityService();
    directoryStaff = new StaffDirectory(identity, null, clock);
    designations = new Designations(designationRepository, departments, directoryStaff, identity, trail, clock);
    director = Staff.of(directoryStaff, "director");
  }

  @Test
  @DisplayName("第7条: ディレクトリ運用では部会委員の指名を記録し、グループは変えず、役割はディレクトリから来ると分かる")
  void aDesignationIsRecordedAndTheRoleIsLeftToTheDirectory() {
    assertThat(designations.rolesFromDirectory()).isTrue();
    assertThat(directoryStaff.isMember("nurse", "committee")).isFalse();

    Designation designation = inTransaction(() -> designations.designate(director, DesignationKind.COMMITTEE_MEMBER,
        "nurse", null, "部会の委員に指名(第7条)"));

    assertThat(designation.isActive()).isTrue();
    assertThat(designation.getDecidedBy()).isEqualTo("director");
    assertThat(designationRepository.findById(designation.getId())).isPresent();
    // the directory still decides the membership: the page asks the designator to have the directory changed
    assertThat(directoryStaff.isMember("nurse", "committee")).isFalse();
    assertThat(designations.holdsRole("nurse", DesignationKind.COMMITTEE_MEMBER)).isFalse();
    assertThat(designations.holdsRole("records-manager", DesignationKind.COMMITTEE_MEMBER)).isTrue();
    assertThat(entries.findByActorAndActionOrderByOccurredAtDesc("director", "DESIGNATED"))
        .anySatisfy(e -> assertThat(e.getDetail()).contains("user=nurse").contains("role=directory"));
  }

  @Test
  @DisplayName("第7条: ディレクトリ運用でも指名の終了は記録され、グループの削除で失敗しない")
  void aWithdrawalIsRecordedWithoutTouchingTheDirectory() {
    Designation designation = inTransaction(() -> designations.designate(director, DesignationKind.COMMITTEE_MEMBER,
        "records-manager", null, "部会の委員に指名(第7条)"));

    inTransaction(() -> {
      designations.withdraw(director, designation.getId(), "任期満了");
      return null;
    });

    assertThat(designationRepository.findById(designation.getId())).hasValueSatisfying(d -> {
      assertThat(d.isActive()).isFalse();
      assertThat(d.getEndedBy()).isEqualTo("director");
    });
    // the directory's membership is the directory's: still there
    assertThat(directoryStaff.isMember("records-manager", "committee")).isTrue();
  }

  /** As the service's own proxy would: the trail joins the caller's transaction. */
  private <T> T inTransaction(java.util.function.Supplier<T> work) {
    return new TransactionTemplate(transactions).execute(status -> work.get());
  }
}
