package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import jp.mamori.testing.Rest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A new task for a role tells everyone holding the role, whoever's action made it. The filer (a nurse, who may read
 * no other user in the engine) starts the sample case in the app, over REST and through Tasklist; each time every
 * supervising manager gets the new-task notice, and its e-mail copy finds their address. Read with the filer's
 * rights, the role's member list was empty and the notice reached nobody over REST and Tasklist; the address of a
 * recipient the filer may not read was not found either.
 */
class RoleNoticesTest extends SampleCaseChannelTest {

  private static final String ROLE = "supervising-manager";

  @Autowired JdbcTemplate jdbc;

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

  private List<String> members() {
    List<String> members = staff.memberIdsOf(ROLE);
    assertThat(members).as("the test organization's %s", ROLE).contains("privacy-lead").doesNotContain("nurse");
    return members;
  }

  private List<String> newTaskNoticeRecipients(String caseId) {
    return jdbc.queryForList("select recipient from notification where process_instance_id = ?"
        + " and title_key = 'process.notice.newTask'", String.class, caseId);
  }
}
