package jp.mamori.purpose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.testing.IntegrationTest;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Every row of processes/acquisitionRule.dmn (第15条 and its proviso; Keio 15 for changes of purpose). */
class AcquisitionRuleTest extends IntegrationTest {

  private static final String CHANGE = "changeOfPurpose";
  /** Strictness of the outcomes, least strict first. */
  private static final List<String> STRICTNESS = List.of("allowed", "consentRequired", "forbidden");

  @Autowired DecisionService decisions;
  @Autowired RepositoryService repository;

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
      "beyondRelevance, true,  false, none,    forbidden,       Rule_Forbidden",
  })
  void decides(String change, boolean special, boolean illness, String basis, String expected, String rule) {
    DmnDecisionResultEntries result = evaluate(Map.of(CHANGE, change, "hasSpecialCategory", special,
        "relatedToIllness", illness, "legalBasis", basis));
    assertThat((String) result.getEntry("acquisitionRule")).isEqualTo(expected);
    assertThat((String) result.getEntry("acquisitionRuleReason")).isNotBlank();
  }

  /**
   * Walks every combination of the deployed table's inputs (the values each input declares; booleans both ways), so
   * a row a process owner adds or reorders cannot make a change of purpose the easier way around 第15条.
   */
  @Test
  @DisplayName("第15条・慶應第15条: 同じ事実なら、目的の変更(特に相当の関連性を超える変更)は新たな目的より緩く判定されない")
  void aChangeOfPurposeIsNeverLessStrictThanANewPurpose() {
    List<Map<String, Object>> facts = factsWithoutTheChange();
    assertThat(facts).hasSizeGreaterThanOrEqualTo(12);

    for (Map<String, Object> fact : facts) {
      int asNew = strictness(fact, "new");
      int withinRelevance = strictness(fact, "withinRelevance");
      int beyondRelevance = strictness(fact, "beyondRelevance");
      assertThat(withinRelevance).as("within relevance vs new, %s", fact).isGreaterThanOrEqualTo(asNew);
      assertThat(beyondRelevance).as("beyond relevance vs new, %s", fact).isGreaterThanOrEqualTo(asNew);
      assertThat(beyondRelevance).as("beyond vs within relevance, %s", fact).isGreaterThanOrEqualTo(withinRelevance);
      if (!"statute".equals(fact.get("legalBasis"))) {
        assertThat(beyondRelevance).as("Keio 15: beyond relevance needs consent, %s", fact)
            .isGreaterThanOrEqualTo(STRICTNESS.indexOf("consentRequired"));
      }
    }
  }

  @Test
  @DisplayName("第15条: 要配慮個人情報で同意も法令上の根拠もなく疾病とも関連しなければ、新規でも変更でも取得不可")
  void specialCategoriesWithoutConsentOrStatuteAreForbiddenWhateverTheChange() {
    for (String change : inputValues(CHANGE)) {
      assertThat((String) evaluate(Map.of(CHANGE, change, "hasSpecialCategory", true, "relatedToIllness", false,
          "legalBasis", "none")).getEntry("acquisitionRule")).as(change).isEqualTo("forbidden");
    }
  }

  private int strictness(Map<String, Object> fact, String change) {
    Map<String, Object> variables = new HashMap<>(fact);
    variables.put(CHANGE, change);
    DmnDecisionResultEntries result = evaluate(variables);
    assertThat(result).as("the table decides %s", variables).isNotNull();
    String outcome = result.getEntry("acquisitionRule");
    assertThat(STRICTNESS).as("outcome of %s", variables).contains(outcome);
    assertThat((String) result.getEntry("acquisitionRuleReason")).as("reason of %s", variables).isNotBlank();
    return STRICTNESS.indexOf(outcome);
  }

  /** Every combination of the table's inputs other than the change of purpose. */
  private List<Map<String, Object>> factsWithoutTheChange() {
    List<Map<String, Object>> combinations = new ArrayList<>();
    combinations.add(new LinkedHashMap<>());
    for (Input input : table().getInputs()) {
      String variable = input.getCamundaInputVariable();
      if (CHANGE.equals(variable)) {
        assertThat(inputValues(CHANGE)).containsExactlyInAnyOrder("new", "withinRelevance", "beyondRelevance");
        continue;
      }
      List<Object> values = domain(input);
      List<Map<String, Object>> extended = new ArrayList<>();
      for (Map<String, Object> combination : combinations) {
        for (Object value : values) {
          Map<String, Object> next = new LinkedHashMap<>(combination);
          next.put(variable, value);
          extended.add(next);
        }
      }
      combinations = extended;
    }
    return combinations;
  }

  private List<Object> domain(Input input) {
    if ("boolean".equals(input.getInputExpression().getTypeRef())) {
      return List.of(true, false);
    }
    assertThat(input.getInputValues()).as("input %s declares its values", input.getLabel()).isNotNull();
    return new ArrayList<>(inputValues(input.getCamundaInputVariable()));
  }

  private List<String> inputValues(String variable) {
    Input input = table().getInputs().stream().filter(in -> variable.equals(in.getCamundaInputVariable()))
        .findFirst().orElseThrow();
    return Arrays.stream(input.getInputValues().getText().getTextContent().split(","))
        .map(value -> value.trim().replace("\"", "")).toList();
  }

  private DecisionTable table() {
    DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey("acquisitionRule")
        .latestVersion().singleResult();
    DmnModelInstance model = repository.getDmnModelInstance(definition.getId());
    return model.getModelElementsByType(DecisionTable.class).iterator().next();
  }

  private DmnDecisionResultEntries evaluate(Map<String, Object> variables) {
    return decisions.evaluateDecisionByKey("acquisitionRule").variables(variables).evaluate().getSingleResult();
  }
}
