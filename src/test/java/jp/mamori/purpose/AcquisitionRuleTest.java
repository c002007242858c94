package jp.mamori.purpose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.mamori.testing.IntegrationTest;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Every row of processes/acquisitionRule.dmn (第15条 and its proviso; Keio 15 for changes of purpose). */
class AcquisitionRuleTest extends IntegrationTest {

  @Autowired DecisionService decisions;

  @ParameterizedTest(name = "{0}, special={1}, illness={2}, basis={3} -> {4}")
  @CsvSource({
      "beyondRelevance, true,  false, statute, allowed,         Rule_ChangeBeyondWithStatute",
      "beyondRelevance, false, false, none,    consentRequired, Rule_ChangeBeyondNeedsConsent",
      "beyondRelevance, true,  true,  consent, consentRequired, Rule_ChangeBeyondNeedsConsent",
      "new,             false, false, none,    allowed,         Rule_NoSpecialCategory",
      "withinRelevance, false, false, none,    allowed,         Rule_NoSpecialCategory",
      "new,             true,  true,  none,    allowed,         Rule_RelatedToIllness",
      "new,             true,  false, statute, allowed,         Rule_Statute",
      "withinRelevance, true,  false, consent, consentRequired, Rule_Consent",
      "new,             true,  false, none,    forbidden,       Rule_Forbidden",
  })
  void decides(String change, boolean special, boolean illness, String basis, String expected, String rule) {
    DmnDecisionResultEntries result = decisions.evaluateDecisionByKey("acquisitionRule")
        .variables(Map.of("changeOfPurpose", change, "hasSpecialCategory", special, "relatedToIllness", illness,
            "legalBasis", basis))
        .evaluate().getSingleResult();
    assertThat((String) result.getEntry("acquisitionRule")).isEqualTo(expected);
    assertThat((String) result.getEntry("acquisitionRuleReason")).isNotBlank();
  }
}
