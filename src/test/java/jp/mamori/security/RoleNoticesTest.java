package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import jp.mamori.notification.TaskLink;
import jp.mamori.testing.Rest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new task for a role tells everyone holding the role, whoever's action made it. The filer (a nurse, who may read
 * no other user in the engine) starts the sample case in the app, over REST and through Tasklist; each time every
 * supervising manager gets the new-task notice, and its e-mail copy finds their address. Read with the filer's
 * rights, the role's member list was empty and the notice reached nobody over REST and Tasklist; the address of a
 * recipient the filer may not read was not found either. When one member completes the task, on any channel, or the
 * case is withdrawn, the others' notices about it are read too: their bell counts only work still theirs.
 */
class RoleNoticesTest extends SampleCaseChannelTest {

  private static final String ROLE = "supervising-manager";
  private static final String COLLEAGUE = "colleague-lead";

  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identityService;
  @Autowired PlatformTransactionManager transactionManager;

  /** A second supervising manager, so that one completes the task and another was told of it. */
  @BeforeEach
  void aColleagueHoldsTheRoleToo() {
    SecurityTestUsers.ensureUser(identityService, COLLEAGUE, "同僚", "統括");
    identityService.createMembership(COLLEAGUE, ROLE);
  }

  @AfterEach
  void theColleagueLeavesTheRole() {
    identityService.deleteMembership(COLLEAGUE, ROLE);
  }

  @Test
  @DisplayName("アプリで申請すると、役割の全員に新しいタスクの通知が届く")
  void aStartInTheAppTellsTheRole() {
    String caseId = start("nurse", "アプリでの申請(通知)").getId();

    assertThat(newTaskNoticeRecipients(caseId)).containsExactlyInAnyOrderElementsOf(members());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("channels")
  @DisplayName("REST・Tasklist で申請しても、役割の全員に新しいタスクの通知が届く")
  void aStartOnAnEngineChannelTellsTheRole(String channel) {
    HttpResponse<String> started = door(channel, "nurse").post(SAMPLE + "/start",
        Channels.variables(SecurityTestUsers.sampleRequest(channel + " での申請(通知)")));

    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String caseId = Rest.json(started).path("id").asText();
    assertThat(newTaskNoticeRecipients(caseId)).containsExactlyInAnyOrderElementsOf(members());
    assertThat(jdbc.queryForList("select mail_status from notification where process_instance_id = ?"
        + " and recipient = 'privacy-lead'", String.class, caseId)).containsExactly("SENT");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("channels")
  @DisplayName("役割の一人がタスクを完了すると、他の全員のそのタスクの通知も既読になる")
  void aTaskDoneByOneMemberIsReadForEveryMember(String channel) {
    ProcessInstance instance = start("nurse", channel + " での完了(通知)");
    Task review = review(instance);
    assertThat(unreadRecipientsOfTheTask(review)).as("before").containsExactlyInAnyOrderElementsOf(members());
    HttpResponse<String> completed = door(channel, "privacy-lead").post("/task/" + review.getId() + "/complete",
        Channels.variables(Map.of("decision", "approve", "reason", "問題なし")));

    assertThat(completed.statusCode()).as(completed.body()).isIn(200, 204);
    assertThat(unreadRecipientsOfTheTask(review)).isEmpty();
  }

  @Test
  @DisplayName("取り下げられた案件のタスクの通知も、役割の全員で既読になる")
  void aTaskDeletedWithItsCaseIsReadForEveryMember() {
    ProcessInstance instance = start("nurse", "取り下げ(通知)");
    Task review = review(instance);
    String otherCase = start("nurse", "残る案件(通知)").getId();

    runtimeService.deleteProcessInstance(instance.getId(), "取り下げ");

    assertThat(unreadRecipientsOfTheTask(review)).isEmpty();
    assertThat(jdbc.queryForList("select recipient from notification where process_instance_id = ?"
        + " and read_at is null", String.class, otherCase)).as("another case's notices")
        .containsExactlyInAnyOrderElementsOf(members());
  }

  @Test
  @DisplayName("同じ処理の中で作られて取り下げられたタスクは、誰にも通知されない")
  void aTaskCreatedAndDeletedInOneTransactionTellsNobody() {
    String caseId = new TransactionTemplate(transactionManager).execute(status -> {
      ProcessInstance instance = start("nurse", "同じ処理での取り下げ(通知)");
      runtimeService.deleteProcessInstance(instance.getId(), "取り下げ");
      return instance.getId();
    });

    assertThat(newTaskNoticeRecipients(caseId)).isEmpty();
  }

  private List<String> unreadRecipientsOfTheTask(Task task) {
    return jdbc.queryForList("select recipient from notification where link = ? and read_at is null", String.class,
        TaskLink.of(task.getId()));
  }

  private List<String> members() {
    List<String> members = staff.memberIdsOf(ROLE);
    assertThat(members).as("the test organization's %s", ROLE).contains("privacy-lead", COLLEAGUE)
        .doesNotContain("nurse");
    return members;
  }

  private List<String> newTaskNoticeRecipients(String caseId) {
    return jdbc.queryForList("select recipient from notification where process_instance_id = ?"
        + " and title_key = 'process.notice.newTask'", String.class, caseId);
  }
}
