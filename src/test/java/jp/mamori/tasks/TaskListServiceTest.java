package jp.mamori.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Staff;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The task list's rule (assigned to me, or offered to my roles) and every filter, paging and sorting, on a set of
 * tasks of the privacy committee (第7条) that no other test touches.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskListServiceTest extends IntegrationTest {

  static final String FIXTURE = "taskListFixture";
  static final String OTHER = "taskListOther";

  @Autowired TaskListService taskList;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired StaffDirectory staff;
  @Autowired Clock clock;

  StaffPrincipal memberA;
  StaffPrincipal memberB;

  private String deploymentId;

  @BeforeAll
  void fixture() {
    deploymentId = repositoryService.createDeployment().name("task list fixture")
        .addModelInstance(FIXTURE + ".bpmn", model(FIXTURE, "委員会の審議"))
        .addModelInstance(OTHER + ".bpmn", model(OTHER, "委員会の報告"))
        .deploy().getId();
    memberA = member("tl-member-a", "委員", "甲");
    memberB = member("tl-member-b", "委員", "乙");
    Date now = Date.from(clock.instant());
    for (int i = 0; i < 25; i++) {
      // due dates spread from 5 days ago to 19 days ahead: 5 overdue
      Date due = Date.from(now.toInstant().plus(Duration.ofDays(i - 5)).plusSeconds(60));
      runtimeService.startProcessInstanceByKey(FIXTURE, "TL-" + i, Map.of("due", due));
    }
    for (int i = 0; i < 5; i++) {
      runtimeService.startProcessInstanceByKey(OTHER, "TLO-" + i,
          Map.of("due", Date.from(now.toInstant().plus(Duration.ofDays(30)))));
    }
    List<String> ids = fixtureTaskIds();
    for (int i = 0; i < 3; i++) {
      taskService.setAssignee(ids.get(i), memberA.userId());
    }
    for (int i = 3; i < 5; i++) {
      taskService.setAssignee(ids.get(i), memberB.userId());
    }
  }

  /** The committee's test tasks would otherwise sit in the director's list for every later test (e.g. the English walk). */
  @AfterAll
  void removeFixture() {
    repositoryService.deleteDeployment(deploymentId, true, true);
  }

  @Test
  void aMemberSeesTheirOwnAndTheRolesUnclaimedTasksButNotAColleaguesTasks() {
    assertThat(count(memberA, TaskScope.MINE, null)).isEqualTo(3);
    assertThat(count(memberA, TaskScope.ROLES, null)).isEqualTo(25);
    assertThat(count(memberA, TaskScope.ALL, null)).isEqualTo(28);
    assertThat(count(memberB, TaskScope.ALL, null)).isEqualTo(27);
  }

  @Test
  void theCappedCountOfAllIsTheRolesAndMineCountedApartAndStopsAtTheCap() {
    // "all" is counted as the role's unclaimed tasks plus one's own (ADR 0054): 20 + 3 here
    TaskFilter all = new TaskFilter(TaskScope.ALL, FIXTURE, null, null, false);
    assertThat(taskList.count(memberA, all)).isEqualTo(23);
    assertThat(taskList.countUpTo(memberA, all, 100)).isEqualTo(23);
    assertThat(taskList.countUpTo(memberA, all, 23)).isEqualTo(23);
    assertThat(taskList.countUpTo(memberA, all, 22)).as("more than 22").isEqualTo(23);
    assertThat(taskList.countUpTo(memberA, all, 21)).as("more than 21, the role's alone within").isEqualTo(22);
    assertThat(taskList.countUpTo(memberA, all, 10)).as("more than 10, the role's alone above").isEqualTo(11);
  }

  @Test
  void theCappedCountOfTheRolesTasksReadFromTheLinksCountsATaskOfferedTwiceOnceAndOneOfferedByName() {
    // without a filter the capped count starts from the user's candidate links (ADR 0055): every committee task
    // of the database, so compared with the full count, which asks task by task
    TaskFilter roles = new TaskFilter(TaskScope.ROLES, null, null, null, false);
    long before = taskList.count(memberA, roles);
    assertThat(before).isGreaterThanOrEqualTo(20);
    assertThat(taskList.countUpTo(memberA, roles, 10_000)).isEqualTo(before);
    String twice = fixtureTaskIds().get(10);
    String byNameOnly = fixtureTaskIds().get(11);
    taskService.addCandidateUser(twice, memberA.userId());
    taskService.addCandidateUser(byNameOnly, memberA.userId());
    taskService.deleteCandidateGroup(byNameOnly, "committee");
    try {
      assertThat(taskList.count(memberA, roles)).isEqualTo(before);
      assertThat(taskList.countUpTo(memberA, roles, 10_000)).as("each task once, by name or by role")
          .isEqualTo(before);
      assertThat(taskList.countUpTo(memberB, roles, 10_000)).as("not offered to B any more")
          .isEqualTo(before - 1).isEqualTo(taskList.count(memberB, roles));
      assertThat(taskList.countUpTo(memberA, roles, (int) before)).isEqualTo(before);
      assertThat(taskList.countUpTo(memberA, roles, (int) before - 1)).as("more than the cap").isEqualTo(before);
      assertThat(taskList.countUpTo(memberA, roles, 5)).as("more than 5").isEqualTo(6);
      assertThat(taskList.countUpTo(memberA, TaskFilter.all(), 10_000)).as("with her own three")
          .isEqualTo(taskList.count(memberA, TaskFilter.all())).isEqualTo(before + 3);
    } finally {
      taskService.deleteCandidateUser(twice, memberA.userId());
      taskService.addCandidateGroup(byNameOnly, "committee");
      taskService.deleteCandidateUser(byNameOnly, memberA.userId());
    }
  }

  @Test
  void staffWithoutTheRoleSeeNoneOfThem() {
    StaffPrincipal nurse = Staff.of(staff, "nurse");
    assertThat(count(nurse, TaskScope.ALL, FIXTURE)).isZero();
    assertThat(count(nurse, TaskScope.ALL, OTHER)).isZero();
  }

  @Test
  void pagesCoverEveryTaskExactlyOnceInTheChosenOrder() {
    TaskFilter filter = new TaskFilter(TaskScope.ALL, FIXTURE, null, null, false);
    List<TaskRow> rows = new ArrayList<>();
    for (int first = 0; first < 30; first += 7) {
      rows.addAll(taskList.page(memberA, filter, first, 7, TaskSort.DUE, true));
    }
    Set<String> ids = new HashSet<>(rows.stream().map(TaskRow::id).toList());
    assertThat(rows).hasSize(23);
    assertThat(ids).hasSize(23);
    assertThat(rows).extracting(TaskRow::due).isSortedAccordingTo(Date::compareTo);
    assertThat(rows).allSatisfy(r -> {
      assertThat(r.procedureKey()).isEqualTo(FIXTURE);
      assertThat(r.procedureName()).isEqualTo("委員会の審議");
      assertThat(r.businessKey()).startsWith("TL-");
    });
  }

  @Test
  void everyPageHoldsTheRowsOfTheWholeListAtItsPlaceWhetherReadFromTheFrontOrTheBack() {
    // a page is found on the list index and then read (ADR 0037); one in the back half is read in reverse; a short
    // list of the roles' tasks without the list index (ADR 0055)
    for (TaskScope scope : List.of(TaskScope.ALL, TaskScope.ROLES)) {
      for (TaskSort sort : List.of(TaskSort.CREATED, TaskSort.DUE)) {
        TaskFilter filter = new TaskFilter(scope, FIXTURE, null, null, false);
        long total = taskList.count(memberA, filter);
        List<String> whole = taskList.page(memberA, filter, 0, 100, sort, false).stream().map(TaskRow::id)
            .toList();
        assertThat(whole).hasSize((int) total).doesNotHaveDuplicates();
        for (int first = 0; first < total; first += 5) {
          assertThat(taskList.page(memberA, filter, first, 5, sort, false, total)).extracting(TaskRow::id)
              .as("%s by %s, page at %d", scope, sort, first)
              .containsExactlyElementsOf(whole.subList(first, (int) Math.min(total, first + 5)));
        }
      }
    }
  }

  @Test
  void filtersByProcedureDueRangeAndOverdue() {
    assertThat(count(memberA, TaskScope.ALL, OTHER)).isEqualTo(5);
    TaskFilter overdue = new TaskFilter(TaskScope.ALL, FIXTURE, null, null, true);
    List<TaskRow> overdueRows = taskList.page(memberA, overdue, 0, 50, TaskSort.DUE, true);
    assertThat(overdueRows).isNotEmpty().allSatisfy(r -> assertThat(r.dueState()).isEqualTo(DueState.OVERDUE));
    LocalDate today = LocalDate.now(clock);
    TaskFilter nextWeek = new TaskFilter(TaskScope.ALL, FIXTURE, today.plusDays(1), today.plusDays(7), false);
    assertThat(taskList.page(memberA, nextWeek, 0, 50, TaskSort.DUE, true)).allSatisfy(r -> {
      LocalDate due = LocalDate.ofInstant(r.due().toInstant(), clock.getZone());
      assertThat(due).isBetween(today.plusDays(1), today.plusDays(7));
    });
    assertThat(taskList.count(memberA, nextWeek)).isBetween(5L, 7L);
  }

  @Test
  void aRowShowsTheAssigneesName() {
    TaskFilter mine = new TaskFilter(TaskScope.MINE, FIXTURE, null, null, false);
    assertThat(taskList.page(memberA, mine, 0, 10, TaskSort.CREATED, false))
        .hasSize(3).allSatisfy(r -> assertThat(r.assigneeName()).isEqualTo("委員 甲"));
  }

  @Test
  void anUnclaimedRowNamesItsRoleWithItsMembersAndAPersonOfferedByName() {
    String offered = fixtureTaskIds().get(10);
    taskService.addCandidateUser(offered, memberB.userId());
    try {
      TaskFilter roles = new TaskFilter(TaskScope.ROLES, FIXTURE, null, null, false);
      List<TaskRow> rows = taskList.page(memberA, roles, 0, 50, TaskSort.CREATED, false);
      assertThat(rows).hasSize(20).allSatisfy(r -> assertThat(r.candidates()).first().satisfies(c -> {
        assertThat(c.groupId()).isEqualTo("committee");
        assertThat(c.names()).contains("委員 甲", "委員 乙");
      }));
      TaskRow row = rows.stream().filter(r -> r.id().equals(offered)).findFirst().orElseThrow();
      assertThat(row.candidates()).hasSize(2).last()
          .satisfies(c -> assertThat(c.groupId()).isNull())
          .satisfies(c -> assertThat(c.names()).containsExactly("委員 乙"));
      assertThat(taskList.page(memberA, new TaskFilter(TaskScope.MINE, FIXTURE, null, null, false), 0, 10,
          TaskSort.CREATED, false)).allSatisfy(r -> assertThat(r.candidates()).isEmpty());
    } finally {
      taskService.deleteCandidateUser(offered, memberB.userId());
    }
  }

  private long count(StaffPrincipal user, TaskScope scope, String procedure) {
    return taskList.count(user, new TaskFilter(scope, procedure == null ? FIXTURE : procedure, null, null, false))
        + (procedure == null ? taskList.count(user, new TaskFilter(scope, OTHER, null, null, false)) : 0);
  }

  private List<String> fixtureTaskIds() {
    return taskService.createTaskQuery().processDefinitionKey(FIXTURE).orderByTaskId().asc().list().stream()
        .map(t -> t.getId()).toList();
  }

  private StaffPrincipal member(String id, String last, String first) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setLastName(last);
      user.setFirstName(first);
      identityService.saveUser(user);
      identityService.createMembership(id, "committee");
    }
    return Staff.of(staff, id);
  }

  private static BpmnModelInstance model(String key, String taskName) {
    return Bpmn.createExecutableProcess(key).name(taskName).camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("Task_Work").name(taskName).camundaCandidateGroups("committee").camundaDueDate("${due}")
        .endEvent()
        .done();
  }
}
