package jp.mamori.provision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import jp.mamori.provision.registry.ProvisionRecord;
import jp.mamori.testing.Rest;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The channel that bypasses the pages (ADR 0011): four-eyes on the exception's approval over /engine-rest, the
 * record written once when the tasks are completed over REST, and need to know (a provision case's variables are
 * for the people involved only).
 */
class ThirdPartyProvisionRestTest extends ProvisionTestBase {

  private static final String PASSWORD = "demo";

  @Test
  @DisplayName("第26条3 over /engine-rest: the filer cannot approve; approved and confirmed over REST, one record")
  void fourEyesAndOneRecordOverRest() {
    ensureUser("tp-rest-dual", "handler", "corporate-officer");
    String patient = newPatient();
    ProcessInstance instance = file(user("tp-rest-dual"), underException("警視庁新宿警察署", patient, "warrant"));
    String approve = "{\"variables\":{\"approvalDecision\":{\"value\":\"approve\"},"
        + "\"measures\":{\"value\":\"令状の範囲に限定\"},\"approvalReason\":{\"value\":\"令状を確認\"}}}";

    HttpResponse<String> own = Rest.as(baseUrl(), "tp-rest-dual", PASSWORD)
        .post("/task/" + task(instance).getId() + "/complete", approve);
    assertThat(own.statusCode()).as(own.body()).isEqualTo(403);
    assertThat(own.body()).contains("FourEyesViolation");
    assertThat(instance).isWaitingAt("Task_Approve");

    HttpResponse<String> approved = Rest.as(baseUrl(), "hq-officer", PASSWORD)
        .post("/task/" + task(instance).getId() + "/complete", approve);
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(204);
    HttpResponse<String> confirmed = Rest.as(baseUrl(), "records-manager", PASSWORD)
        .post("/task/" + task(instance).getId() + "/complete",
            "{\"variables\":{\"confirmDecision\":{\"value\":\"confirm\"}}}");
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(204);
    runAsync(instance);

    assertThat(instance).isEnded().hasPassed("End_Provided");
    assertThat(records.ofPatient(patient)).singleElement().satisfies(r -> {
      assertThat(r.getApprovedBy()).isEqualTo("hq-officer");
      assertThat(r.getConfirmedBy()).isEqualTo("records-manager");
      assertThat(r.getFiledBy()).isEqualTo("tp-rest-dual");
    });
  }

  @Test
  @DisplayName("第26条, need to know: a provision's variables are read by the filer and the deciders, not by others")
  void needToKnow() {
    String patient = newPatient();
    ProcessInstance instance = file(nurse, withinPurpose("東京保険組合", patient, "ART17-2-CHI"));
    confirm(instance);
    ProvisionRecord record = records.ofPatient(patient).get(0);
    assertThat(record.getConfirmedBy()).isEqualTo("records-manager");

    String query = "/history/variable-instance?processInstanceId=" + instance.getId() + "&variableName=patients";
    assertThat(Rest.as(baseUrl(), "nurse", PASSWORD).get(query).body()).contains(patient);
    assertThat(Rest.as(baseUrl(), "records-manager", PASSWORD).get(query).body()).contains(patient);
    assertThat(Rest.as(baseUrl(), "clerk", PASSWORD).get(query).body()).doesNotContain(patient);
    assertThat(Rest.as(baseUrl(), "exec", PASSWORD).get(query).body()).doesNotContain(patient);
  }

  private void ensureUser(String id, String... groups) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setLastName("兼務");
      user.setFirstName("職員");
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
      for (String group : groups) {
        identityService.createMembership(id, group);
      }
    }
  }
}
