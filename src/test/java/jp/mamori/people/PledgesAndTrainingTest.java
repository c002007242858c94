package jp.mamori.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.mamori.audit.CheckItem;
import jp.mamori.notification.Notifications;
import jp.mamori.organization.Department;
import jp.mamori.organization.DepartmentRepository;
import jp.mamori.organization.StaffDepartment;
import jp.mamori.organization.StaffDepartmentRepository;
import jp.mamori.organization.StaffMember;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.testing.ProcessTest;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Pledges and training (第20条3, 第33条; Keio 4): the pledge's texts by version, who signed which version, new staff
 * without a pledge listed and reminded; sessions planned by the supervising manager, attendance, staff who missed
 * the yearly training listed, reminded and escalated by the weekly check (pledgeTrainingCheck); the audit's figures
 * read from these records.
 */
class PledgesAndTrainingTest extends ProcessTest {

  @Autowired Pledges pledges;
  @Autowired Trainings trainings;
  @Autowired PeopleFigures figures;
  @Autowired Notifications notifications;
  @Autowired DepartmentRepository departments;
  @Autowired StaffDepartmentRepository staffDepartments;

  StaffPrincipal privacyLead;
  StaffPrincipal recordsManager;
  String department;
  String newcomer;

  @BeforeEach
  void setUp() {
    privacyLead = user("privacy-lead");
    recordsManager = user("records-manager");
    long n = System.nanoTime() % 1_000_000_000L;
    department = "TRAIN" + n;
    Department d = new Department(department, "研修テスト部" + n, "Training test " + n);
    d.setInformationManager("records-manager");
    departments.save(d);
    newcomer = "newcomer" + n;
    dualRoleUser(newcomer, "handler");
    staffDepartments.save(new StaffDepartment(newcomer, departments.findByCode(department).orElseThrow()));
  }

  private int currentVersion() {
    return pledges.currentText().map(PledgeText::getVersion).orElseGet(() -> pledges.issueText(privacyLead,
        "私は、業務上知り得た個人情報を漏らしません。", LocalDate.now().minusYears(1)).getVersion());
  }

  private List<String> ids(List<StaffMember> members) {
    return members.stream().map(StaffMember::id).toList();
  }

  @Test
  @DisplayName("第20条3: 誓約書の文面は版ごとに個人情報統括管理者が発行し、誰がいつどの版に署名したかを記録する。新しい職員は未提出として一覧に出る")
  void pledgesAreRecordedWithTheVersionOfTheirText() {
    assertThatThrownBy(() -> pledges.issueText(recordsManager, "文面", LocalDate.now()))
        .isInstanceOf(ActionRefused.class).hasMessage("people.error.notAllowed");
    int before = currentVersion();
    PledgeText next = pledges.issueText(privacyLead, "私は、在職中及び退職後も個人情報を漏らしません。", LocalDate.now());
    assertThat(next.getVersion()).isEqualTo(before + 1);

    assertThat(ids(pledges.withoutPledge())).contains(newcomer);
    assertThatThrownBy(() -> pledges.record(recordsManager, newcomer, null, null, next.getVersion() + 5,
        LocalDate.now())).isInstanceOf(ActionRefused.class).hasMessage("pledge.error.version");
    assertThatThrownBy(() -> pledges.record(recordsManager, newcomer, null, null, next.getVersion(),
        LocalDate.now().plusDays(1))).isInstanceOf(ActionRefused.class).hasMessage("pledge.error.signedOn");
    assertThatThrownBy(() -> pledges.record(user("nurse"), newcomer, null, null, next.getVersion(),
        LocalDate.now())).isInstanceOf(ActionRefused.class).hasMessage("people.error.notAllowed");

    StaffPledge signed = pledges.record(recordsManager, newcomer, null, null, next.getVersion(), LocalDate.now());
    assertThat(signed.getPersonName()).isEqualTo("兼務 職員");
    assertThat(signed.getRecordedBy()).isEqualTo("records-manager");
    assertThat(ids(pledges.withoutPledge())).doesNotContain(newcomer);
    assertThat(pledges.latestOf(newcomer)).hasValueSatisfying(p -> assertThat(p.getTextVersion())
        .isEqualTo(next.getVersion()));
  }

  @Test
  @DisplayName("第20条3・慶應4条: 委託先の従業者の誓約書は氏名と委託先で記録し、委託先のない記録は受け付けない")
  void aContractorsStaffSignsByNameAndContractor() {
    int version = currentVersion();
    assertThatThrownBy(() -> pledges.record(privacyLead, null, "委託 花子", " ", version, LocalDate.now()))
        .isInstanceOf(ActionRefused.class).hasMessage("pledge.error.person");
    StaffPledge pledge = pledges.record(privacyLead, null, "委託 花子", "株式会社メディカルシステム", version,
        LocalDate.now());
    assertThat(pledge.getUserId()).isNull();
    assertThat(pledge.getContractor()).isEqualTo("株式会社メディカルシステム");
  }

  @Test
  @DisplayName("第33条: 研修は個人情報統括管理者が計画し、出席を記録する。過去12か月に出席していない職員が未受講として一覧に出る")
  void trainingIsPlannedAttendedAndMissesAreListed() {
    assertThatThrownBy(() -> trainings.plan(recordsManager, LocalDate.now(), "研修", null))
        .isInstanceOf(ActionRefused.class).hasMessage("people.error.notAllowed");
    TrainingSession coming = trainings.plan(privacyLead, LocalDate.now().plusDays(7), "診療情報の取扱い", "スライド20枚");
    assertThatThrownBy(() -> trainings.recordAttendance(privacyLead, coming.getId(), List.of(newcomer)))
        .isInstanceOf(ActionRefused.class).hasMessage("training.error.notYetHeld");
    assertThat(trainings.attendanceOf(coming.getId())).extracting(TrainingAttendance::getUserId).contains(newcomer);

    TrainingSession held = trainings.plan(privacyLead, LocalDate.now().minusDays(1), "漏えい時の報告", null);
    trainings.recordAttendance(privacyLead, held.getId(), List.of("nurse"));
    assertThat(ids(trainings.missedYearly())).contains(newcomer).doesNotContain("nurse");
    // 第36条: the audit reads the department's figures instead of asking
    assertThat(CheckItem.PLEDGES.fromRecords()).isTrue();
    assertThat(CheckItem.TRAINING.fromRecords()).isTrue();
    assertThat(figures.of(department).missedTraining()).containsExactly("兼務 職員");
    assertThat(figures.of(department).staff()).isEqualTo(1);

    trainings.recordAttendance(privacyLead, held.getId(), List.of("nurse", newcomer));
    assertThat(ids(trainings.missedYearly())).doesNotContain(newcomer);
    assertThat(figures.of(department).missedTraining()).isEmpty();
  }

  @Test
  @DisplayName("第20条3・第33条: 毎週の確認で誓約書のない職員と研修の未受講者に督促し、未受講は部署の個人情報管理者と統括管理者へエスカレーションする")
  void theWeeklyCheckRemindsAndEscalates() {
    long newcomerBefore = notifications.unreadCount(newcomer);
    long managerBefore = notifications.unreadCount("records-manager");
    long leadBefore = notifications.unreadCount("privacy-lead");

    Job timer = managementService.createJobQuery().processDefinitionKey("pledgeTrainingCheck").timers()
        .singleResult();
    managementService.executeJob(timer.getId());

    // the newcomer: no pledge, no training — two reminders
    assertThat(notifications.unreadCount(newcomer)).isEqualTo(newcomerBefore + 2);
    assertThat(notifications.latestFor(newcomer, 2)).extracting(n -> n.getTitle())
        .anySatisfy(t -> assertThat(t).contains("第20条3")).anySatisfy(t -> assertThat(t).contains("第33条"));
    // escalated to the department's information manager, and the list to the supervising manager
    assertThat(notifications.unreadCount("records-manager")).isGreaterThan(managerBefore);
    assertThat(notifications.latestFor("records-manager", 5)).anySatisfy(n -> assertThat(n.getBody())
        .contains("兼務 職員"));
    assertThat(notifications.unreadCount("privacy-lead")).isGreaterThan(leadBefore);
  }
}
