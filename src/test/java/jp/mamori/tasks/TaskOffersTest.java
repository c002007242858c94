package jp.mamori.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Rest;
import jp.mamori.testing.Staff;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The offers table (ADR 0057): it holds every candidate link of a task whichever channel added or removed it, and a
 * long list's page in creation order read from it is the page the list reads task by task.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskOffersTest extends IntegrationTest {

  static final String FIXTURE = "taskOffersFixture";
  static final String ROLE_A = "offers-role-a";
  static final String ROLE_B = "offers-role-b";

  @Autowired TaskListService taskList;
  @Autowired TaskOffers offers;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired ManagementService managementService;
  @Autowired StaffDirectory staff;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;
  @Autowired PlatformTransactionManager transactionManager;
  private TransactionTemplate inTransaction;

  StaffPrincipal memberA;
  StaffPrincipal memberB;
  private String deploymentId;
  private final List<String> tasks = new ArrayList<>();

  @BeforeAll
  void fixture() {
    inTransaction = new TransactionTemplate(transactionManager);
    deploymentId = repositoryService.createDeployment().name("task offers fixture")
        .addModelInstance(FIXTURE + ".bpmn", model()).deploy().getId();
    memberA = member("offers-member-a", ROLE_A, ROLE_B);
    memberB = member("offers-member-b", ROLE_A);
    for (int i = 0; i < 30; i++) {
      // every fourth offered by the model to role B, the rest to role A
      // every third overdue
      Date due = Date.from(clock.instant().plus(Duration.ofDays(i % 3 == 0 ? -2 : 2)));
      runtimeService.startProcessInstanceByKey(FIXTURE, "OF-" + i, Map.of("role", i % 4 == 0 ? ROLE_B : ROLE_A,
          "due", due));
    }
    tasks.addAll(taskService.createTaskQuery().processDefinitionKey(FIXTURE).orderByTaskId().asc().list().stream()
        .map(Task::getId).toList());
    for (int i = 0; i < 3; i++) {
      taskService.addCandidateGroup(tasks.get(1 + i), ROLE_B); // offered to both of A's roles: once in her list
    }
    for (int i = 5; i < 8; i++) {
      taskService.addCandidateUser(tasks.get(i), memberA.userId()); // to her by name only
      taskService.deleteCandidateGroup(tasks.get(i), ROLE_A);
    }
    taskService.claim(tasks.get(9), memberA.userId());
    taskService.claim(tasks.get(10), memberA.userId());
    taskService.claim(tasks.get(11), memberB.userId());
    runtimeService.suspendProcessInstanceById(taskService.createTaskQuery().taskId(tasks.get(13)).singleResult()
        .getProcessInstanceId());
  }

  @AfterAll
  void removeFixture() {
    repositoryService.deleteDeployment(deploymentId, true, true);
  }

  @Test
  @DisplayName("A long list's pages in creation order, read from the offers, are the list read task by task")
  void aLongListsPagesReadFromTheOffersAreTheListReadTaskByTask() {
    assertThat(offers.ready()).as("table and trigger in place").isTrue();
    // A sees all 30 but the one B claimed and the suspended one: 2 of them claimed by her, 3 offered to both her
    // roles, 3 to her by name only
    assertThat(wholeList(memberA, new TaskFilter(TaskScope.ROLES, null, null, null, false), false)).hasSize(26);
    assertThat(wholeList(memberA, TaskFilter.all(), false)).hasSize(28);
    assertThat(wholeList(memberA, new TaskFilter(TaskScope.ALL, null, null, null, true), false)).as("overdue")
        .hasSizeBetween(5, 15);
    for (StaffPrincipal member : List.of(memberA, memberB)) {
      for (TaskFilter filter : List.of(new TaskFilter(TaskScope.ROLES, null, null, null, false), TaskFilter.all(),
          new TaskFilter(TaskScope.ALL, null, null, null, true), new TaskFilter(TaskScope.ROLES, FIXTURE, null,
              LocalDate.now(clock), false))) {
        TaskScope scope = filter.scope();
        for (boolean ascending : List.of(false, true)) {
          List<String> whole = wholeList(member, filter, ascending);
          assertThat(whole).doesNotHaveDuplicates().isNotEmpty();
          for (int first = 0; first < whole.size() + 5; first += 4) {
            // the size unknown (-1): as for a list past the table's cap, the page is read from the offers
            assertThat(taskList.page(member, filter, first, 4, TaskSort.CREATED, ascending, -1))
                .extracting(TaskRow::id)
                .as("%s %s %s page at %d", member.userId(), filter, ascending ? "asc" : "desc", first)
                .containsExactlyElementsOf(whole.subList(Math.min(first, whole.size()),
                    Math.min(whole.size(), first + 4)));
          }
        }
      }
    }
  }

  @Test
  @DisplayName("The long list's page is read from the offers: a task without its copy is not on it")
  void theLongListsPageIsReadFromTheOffers() {
    TaskFilter roles = new TaskFilter(TaskScope.ROLES, null, null, null, false);
    TaskFilter overdue = new TaskFilter(TaskScope.ROLES, null, null, null, true);
    List<String> overdueTasks = wholeList(memberA, overdue, false);
    // a task offered to one role only: those offered to both of her roles have two copies (and the list's order
    // among tasks created in the same instant is the database's)
    String task = overdueTasks.stream().filter(id -> jdbc.queryForObject(
        "select count(*) from " + TaskOffers.TABLE + " where TASK_ID_ = ?", Long.class, id) == 1).findFirst()
        .orElseThrow();
    Map<String, Object> copy = jdbc.queryForMap("select * from " + TaskOffers.TABLE + " where TASK_ID_ = ?", task);
    inTransaction.executeWithoutResult(tx -> jdbc.update("delete from " + TaskOffers.TABLE + " where TASK_ID_ = ?",
        task));
    try {
      assertThat(taskList.page(memberA, roles, 0, 100, TaskSort.CREATED, false, -1)).extracting(TaskRow::id)
          .doesNotContain(task).hasSize(25);
      assertThat(taskList.page(memberA, overdue, 0, 100, TaskSort.CREATED, false, -1)).as("with a filter")
          .extracting(TaskRow::id).doesNotContain(task).hasSize(overdueTasks.size() - 1);
      assertThat(taskList.page(memberA, roles, 0, 100, TaskSort.DUE, false, -1)).as("another order: task by task")
          .extracting(TaskRow::id).contains(task);
    } finally {
      inTransaction.executeWithoutResult(tx -> jdbc.update("insert into " + TaskOffers.TABLE
          + " (LINK_ID_, TASK_ID_, GROUP_ID_, USER_ID_, CREATE_TIME_) values (?, ?, ?, ?, ?)", copy.get("LINK_ID_"),
          copy.get("TASK_ID_"), copy.get("GROUP_ID_"), copy.get("USER_ID_"), copy.get("CREATE_TIME_")));
    }
  }

  @Test
  @DisplayName("The offers follow the links added and removed by a model, through the Java API and over /engine-rest")
  void theOffersFollowEveryChannel() {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(FIXTURE, "OF-channels",
        Map.of("role", ROLE_A, "due", new Date()));
    String task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
    assertThat(offersOf(task)).as("the model's role").containsExactly("group:" + ROLE_A);

    taskService.addCandidateUser(task, "privacy-lead");
    taskService.addCandidateGroup(task, ROLE_B);
    taskService.deleteCandidateGroup(task, ROLE_B);
    assertThat(offersOf(task)).as("Java API").containsExactlyInAnyOrder("group:" + ROLE_A, "user:privacy-lead");

    Rest rest = Rest.as(baseUrl(), "privacy-lead", "demo");
    HttpResponse<String> added = rest.post("/task/" + task + "/identity-links",
        "{\"groupId\":\"" + ROLE_B + "\",\"type\":\"candidate\"}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(204);
    HttpResponse<String> removed = rest.post("/task/" + task + "/identity-links/delete",
        "{\"groupId\":\"" + ROLE_A + "\",\"type\":\"candidate\"}");
    assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
    assertThat(offersOf(task)).as("/engine-rest").containsExactlyInAnyOrder("group:" + ROLE_B, "user:privacy-lead");
    assertThat(theOffersAreTheLinks(task)).isTrue();

    taskService.claim(task, memberA.userId());
    assertThat(offersOf(task)).as("claimed: still offered (the list asks the task whether it is claimed)")
        .hasSize(2);
    taskService.complete(task);
    assertThat(offersOf(task)).as("completed: gone with its links").isEmpty();

    ProcessInstance deleted = runtimeService.startProcessInstanceByKey(FIXTURE, "OF-deleted",
        Map.of("role", ROLE_A, "due", new Date()));
    String deletedTask = taskService.createTaskQuery().processInstanceId(deleted.getId()).singleResult().getId();
    assertThat(offersOf(deletedTask)).hasSize(1);
    runtimeService.deleteProcessInstance(deleted.getId(), "test");
    assertThat(offersOf(deletedTask)).as("the case deleted").isEmpty();
  }

  @Test
  @DisplayName("Every candidate link of an open task has its copy in the offers, and every copy its link")
  void everyCandidateLinkHasItsCopy() {
    String links = TaskCriteria.identityLinkTable(managementService);
    Long missing = jdbc.queryForObject("select count(*) from " + links + " L where L.TYPE_ = 'candidate'"
        + " and L.TASK_ID_ is not null and not exists (select 1 from " + TaskOffers.TABLE
        + " O where O.LINK_ID_ = L.ID_ and O.TASK_ID_ = L.TASK_ID_"
        + " and coalesce(O.GROUP_ID_, '') = coalesce(L.GROUP_ID_, '') and coalesce(O.USER_ID_, '') = coalesce(L.USER_ID_, ''))",
        Long.class);
    Long stray = jdbc.queryForObject("select count(*) from " + TaskOffers.TABLE + " O where not exists (select 1 from "
        + links + " L where L.ID_ = O.LINK_ID_ and L.TYPE_ = 'candidate')", Long.class);
    assertThat(missing).isZero();
    assertThat(stray).isZero();
    assertThat(jdbc.queryForObject("select count(*) from " + TaskOffers.TABLE + " O join "
        + managementService.getTableName(Task.class) + " T on T.ID_ = O.TASK_ID_ where O.CREATE_TIME_ <> T.CREATE_TIME_",
        Long.class)).as("the task's own creation time").isZero();
  }

  @Test
  @DisplayName("A start cut short after the trigger is finished by the next: the links' copies made, the last index too")
  void aStartCutShortIsFinishedByTheNext() throws Exception {
    String task = tasks.get(25);
    boolean h2 = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName().contains("H2"));
    inTransaction.executeWithoutResult(tx -> {
      jdbc.update("delete from " + TaskOffers.TABLE + " where TASK_ID_ = ?", task);
      jdbc.execute("DROP INDEX " + TaskOffers.USER_INDEX + (h2 ? "" : " ON " + TaskOffers.TABLE));
    });
    assertThat(offersOf(task)).isEmpty();

    offers.run(null);

    assertThat(offers.ready()).isTrue();
    assertThat(offersOf(task)).as("copied again").isNotEmpty();
    assertThat(theOffersAreTheLinks(task)).isTrue();
    assertThat(taskList.page(memberA, new TaskFilter(TaskScope.ROLES, null, null, null, false), 0, 100,
        TaskSort.CREATED, false, -1)).as("read on the person's index again").extracting(TaskRow::id).contains(task);
  }

  @Test
  @DisplayName("A start finds the links a dropped trigger did not copy, copies them and makes the trigger again")
  void aStartFindsTheLinksADroppedTriggerDidNotCopy() {
    jdbc.execute("DROP TRIGGER " + TaskOffers.TRIGGER);
    String missed;
    try {
      ProcessInstance instance = runtimeService.startProcessInstanceByKey(FIXTURE, "OF-no-trigger",
          Map.of("role", ROLE_A, "due", new Date()));
      missed = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
      assertThat(offersOf(missed)).as("no trigger, no copy").isEmpty();
    } finally {
      offers.run(null);
    }

    assertThat(offers.ready()).isTrue();
    assertThat(offersOf(missed)).as("copied at the start").containsExactly("group:" + ROLE_A);
    ProcessInstance after = runtimeService.startProcessInstanceByKey(FIXTURE, "OF-trigger-again",
        Map.of("role", ROLE_B, "due", new Date()));
    String task = taskService.createTaskQuery().processInstanceId(after.getId()).singleResult().getId();
    assertThat(offersOf(task)).as("the trigger made again").containsExactly("group:" + ROLE_B);
    runtimeService.deleteProcessInstance(after.getId(), "test");
    runtimeService.deleteProcessInstance(taskService.createTaskQuery().taskId(missed).singleResult()
        .getProcessInstanceId(), "test");
  }

  private boolean theOffersAreTheLinks(String task) {
    List<String> links = jdbc.queryForList("select coalesce(GROUP_ID_, USER_ID_) from "
        + TaskCriteria.identityLinkTable(managementService) + " where TASK_ID_ = ? and TYPE_ = 'candidate'",
        String.class, task);
    return links.size() == offersOf(task).size();
  }

  private List<String> offersOf(String task) {
    return jdbc.queryForList("select case when GROUP_ID_ is null then concat('user:', USER_ID_)"
        + " else concat('group:', GROUP_ID_) end from " + TaskOffers.TABLE + " where TASK_ID_ = ?", String.class, task);
  }

  /** The whole list as a list within the table's cap reads it: task by task, or from the candidate links. */
  private List<String> wholeList(StaffPrincipal user, TaskFilter filter, boolean ascending) {
    long total = taskList.countUpTo(user, filter, TaskLazyModel.COUNT_CAP);
    return taskList.page(user, filter, 0, 1000, TaskSort.CREATED, ascending, total).stream().map(TaskRow::id)
        .toList();
  }

  private StaffPrincipal member(String id, String... roles) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setLastName("提供");
      user.setFirstName(id.substring(id.length() - 1));
      identityService.saveUser(user);
      for (String role : roles) {
        if (identityService.createGroupQuery().groupId(role).count() == 0) {
          identityService.saveGroup(identityService.newGroup(role));
        }
        identityService.createMembership(id, role);
      }
    }
    return Staff.of(staff, id);
  }

  /**
   * One task offered to the role named at start. A model cannot add a candidate in a listener of its own: the
   * deployment gate refuses {@code task.addCandidateGroup} in an expression.
   */
  private static BpmnModelInstance model() {
    return Bpmn.createExecutableProcess(FIXTURE).name("提供の確認").camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("Task_Check").name("提供の確認").camundaCandidateGroups("${role}").camundaDueDate("${due}")
        .endEvent()
        .done();
  }
}
