package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import jp.mamori.testing.IntegrationTest;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every row of processes/incidentReportability.dmn (個人情報保護法第26条・規則第7条, first hit wins): strong
 * encryption excludes; an unlawful purpose gives the final report 60 days; medical (special-care) data is reportable
 * at any count, "may have" included; financial damage risk; more than 1,000 persons; otherwise not reportable.
 */
class IncidentReportabilityTest extends IntegrationTest {

  @Autowired DecisionService decisions;

  @Test
  void stronglyEncryptedDataIsNotReportableEvenWhenMedical() {
    var result = rule(true, true, true, true, 5000L);
    assertThat(result.<Boolean>getEntry("reportable")).isFalse();
    assertThat(result.<String>getEntry("reportabilityReason")).contains("高度な暗号化");
    assertThat(result.get("finalReportDays")).isNull();
  }

  @Test
  void anUnlawfulPurposeIsReportableWithSixtyDaysForTheFinalReport() {
    var result = rule(false, true, true, false, 1L);
    assertThat(result.<Boolean>getEntry("reportable")).isTrue();
    assertThat(result.<String>getEntry("reportabilityReason")).contains("第7条第3号");
    assertThat(((Number) result.getEntry("finalReportDays")).intValue()).isEqualTo(60);
  }

  @Test
  void medicalDataIsReportableWhateverTheCountEvenOnePersonOrUnknown() {
    for (Long count : new Long[] {1L, null}) {
      var result = rule(false, false, true, false, count);
      assertThat(result.<Boolean>getEntry("reportable")).as("count %s", count).isTrue();
      assertThat(result.<String>getEntry("reportabilityReason")).contains("第7条第1号");
      assertThat(((Number) result.getEntry("finalReportDays")).intValue()).isEqualTo(30);
    }
  }

  @Test
  void aRiskOfFinancialDamageIsReportable() {
    var result = rule(false, false, false, true, 3L);
    assertThat(result.<Boolean>getEntry("reportable")).isTrue();
    assertThat(result.<String>getEntry("reportabilityReason")).contains("第7条第2号");
    assertThat(((Number) result.getEntry("finalReportDays")).intValue()).isEqualTo(30);
  }

  @Test
  void moreThanAThousandPersonsIsReportableAndAThousandIsNot() {
    var over = rule(false, false, false, false, 1001L);
    assertThat(over.<Boolean>getEntry("reportable")).isTrue();
    assertThat(over.<String>getEntry("reportabilityReason")).contains("第7条第4号");
    assertThat(rule(false, false, false, false, 1000L).<Boolean>getEntry("reportable")).isFalse();
  }

  @Test
  void otherwiseNotReportableIncludingAnUnknownCountOfOrdinaryData() {
    for (Long count : new Long[] {10L, null}) {
      var result = rule(false, false, false, false, count);
      assertThat(result.<Boolean>getEntry("reportable")).as("count %s", count).isFalse();
      assertThat(result.<String>getEntry("reportabilityReason")).contains("該当しない");
    }
  }

  @Test
  @DisplayName("規則第7条第4号: an unknown count that may exceed 1,000 is reportable (おそれ); a known count of 1,000 is not")
  void anUnknownCountThatMayExceedAThousandIsReportable() {
    Map<String, Object> vars = new HashMap<>(Map.of("stronglyEncrypted", false, "unlawfulPurpose", false,
        "specialCare", false, "financialDamageRisk", false, "mayExceedThousand", true));
    vars.put("personCount", null);
    var result = decisions.evaluateDecisionByKey("incidentReportability").variables(vars).evaluate()
        .getSingleResult();
    assertThat(result.<Boolean>getEntry("reportable")).isTrue();
    assertThat(result.<String>getEntry("reportabilityReason")).contains("おそれ").contains("第7条第4号");
    assertThat(((Number) result.getEntry("finalReportDays")).intValue()).isEqualTo(30);
    vars.put("personCount", 1000L);
    assertThat(decisions.evaluateDecisionByKey("incidentReportability").variables(vars).evaluate()
        .getSingleResult().<Boolean>getEntry("reportable")).isFalse();
  }

  private DmnDecisionResultEntries rule(boolean encrypted, boolean unlawful, boolean specialCare, boolean financial,
      Long persons) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("stronglyEncrypted", encrypted);
    vars.put("unlawfulPurpose", unlawful);
    vars.put("specialCare", specialCare);
    vars.put("financialDamageRisk", financial);
    vars.put("personCount", persons);
    return decisions.evaluateDecisionByKey("incidentReportability").variables(vars).evaluate().getSingleResult();
  }
}
