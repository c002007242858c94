package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.testing.ProcessTest;
import jp.mamori.web.ActionRefused;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #13 item 4 (規則第7条): the facts the head confirms at set-up — "おそれ" for an unknown count, 要配慮 data named in
 * the data items, and the encryption exemption's conditions.
 */
class ReportableFactsTest extends ProcessTest {

  static final String KEY = LeakIncidentProcessTest.KEY;

  @Autowired Incidents incidents;

  @Test
  @DisplayName("規則第7条第4号: an unknown count that may exceed 1,000 makes the incident reportable (おそれ)")
  void anUnknownCountThatMayExceedAThousandIsReportable() {
    ProcessInstance instance = report(ordinary("氏名、住所", null, "electronic"));
    setUp(instance, Map.of("mayExceedThousand", true));
    Incident hq = incidents.byKey(instance.getBusinessKey());
    assertThat(hq.getReportable()).isTrue();
    assertThat(hq.getReportabilityReason()).contains("おそれ");
    assertThat(hq.getFinalReportDays()).isEqualTo(30);
    assertThat(instance).isWaitingAt("Task_PpcPreliminary");
  }

  @Test
  @DisplayName("規則第7条第1号: 要配慮 data named in the data items cannot be left unticked without a reason")
  void specialCareNamedInTheDataItemsNeedsTheTickOrAReason() {
    ProcessInstance instance = report(ordinary("氏名、病名", 3L, "electronic"));
    assertThatThrownBy(() -> setUp(instance, Map.of("specialCare", false)))
        .isInstanceOfSatisfying(ActionRefused.class,
            e -> assertThat(e.messageKey()).isEqualTo("incident.error.specialCareNamed"));
    assertThat(instance).isWaitingAt("Task_SetUpHq");
    setUp(instance, Map.of("specialCare", false, "specialCareReason", "「病名」欄は空欄の様式で、記載はなかった"));
    assertThat(incidents.byKey(instance.getBusinessKey()).getReportable()).isFalse();
  }

  @Test
  @DisplayName("規則第7条第1号: the encryption exemption needs a key that did not leak and never applies to paper")
  void theEncryptionExemptionNeedsTheKeySafeAndIsNotForPaper() {
    ProcessInstance paper = report(ordinary("氏名", 5L, "paper"));
    assertThatThrownBy(() -> setUp(paper, Map.of("stronglyEncrypted", true, "encryptionKeySafe", true)))
        .isInstanceOfSatisfying(ActionRefused.class,
            e -> assertThat(e.messageKey()).isEqualTo("incident.error.encryptionPaper"));
    ProcessInstance usb = report(ordinary("氏名", 5L, "electronic"));
    assertThatThrownBy(() -> setUp(usb, Map.of("stronglyEncrypted", true)))
        .isInstanceOfSatisfying(ActionRefused.class,
            e -> assertThat(e.messageKey()).isEqualTo("incident.error.encryptionKey"));
    setUp(usb, Map.of("stronglyEncrypted", true, "encryptionKeySafe", true));
    assertThat(incidents.byKey(usb.getBusinessKey()).getReportable()).isFalse();
  }

  private ProcessInstance report(Map<String, Object> vars) {
    return procedures.start(user("nurse"), KEY, vars);
  }

  private void setUp(ProcessInstance instance, Map<String, Object> facts) {
    StaffPrincipal director = user("director");
    Map<String, Object> vars = new HashMap<>(facts);
    vars.put("setupDecision", "setUp");
    actions.complete(director, task(instance, "Task_SetUpHq").getId(), vars, "setUp", null);
  }

  private static Map<String, Object> ordinary(String items, Long persons, String medium) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("whatHappened", "名簿を紛失した");
    vars.put("dataItems", items);
    vars.put("personCount", persons);
    vars.put("countUnknown", persons == null);
    vars.put("medium", medium);
    vars.put("specialCategories", List.of());
    return vars;
  }
}
