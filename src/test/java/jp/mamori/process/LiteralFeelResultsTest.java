package jp.mamori.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.mamori.process.LiteralFeelResultsPlugin.LiteralFeelResults;
import jp.mamori.testing.IntegrationTest;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Literal cells of a decision table give the FEEL engine's own answer, asked once per input value; cells with names,
 * functions or other inputs still go to the FEEL engine each time (issue 18).
 */
class LiteralFeelResultsTest extends IntegrationTest {

  private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

  @Autowired ProcessEngineConfigurationImpl configuration;

  private final Counting counting = new Counting(FEEL);
  private final LiteralFeelResults literals = new LiteralFeelResults(counting);

  @Test
  @DisplayName("判定表のFEELはこの仕組みを通る")
  void theEnginesDecisionTablesUseIt() {
    assertThat(configuration.getDmnEngineConfiguration().getFeelEngine()).isInstanceOf(LiteralFeelResults.class);
  }

  @Test
  @DisplayName("リテラルのセルは、どの入力でもFEELエンジン自身と同じ答えを返す")
  void literalCellsAnswerAsTheFeelEngine() {
    List<String> cells = List.of("\"new\"", "\"new\",\"withinRelevance\"", "not(\"none\")", "true", "false", "-",
        "< 10", "[1..5]", ">= 2.5", "null", "\"要配慮\"", "\"a\\\"b\"");
    List<Object> inputs = Arrays.asList("new", "none", "要配慮", "a\"b", true, false, 3, 7L, 12.5, null);
    for (String cell : cells) {
      for (Object input : inputs) {
        Boolean expected = feelAnswer(cell, input);
        if (expected != null) {
          assertThat(literals.evaluateSimpleUnaryTests(cell, "cellInput", context(input)))
              .as("%s for %s", cell, input).isEqualTo(expected);
          assertThat(literals.evaluateSimpleUnaryTests(cell, "cellInput", context(input)))
              .as("%s for %s, remembered", cell, input).isEqualTo(expected);
        }
      }
    }
    assertThat((Object) literals.evaluateSimpleExpression("\"forbidden\"", context(null))).isEqualTo("forbidden");
    assertThat((Object) literals.evaluateSimpleExpression("1 + 2", context(null)))
        .isEqualTo(FEEL.evaluateSimpleExpression("1 + 2", context(null)));
  }

  @Test
  @DisplayName("同じセルと同じ入力はFEELエンジンに一度だけ尋ね、入力が変われば尋ね直す")
  void aLiteralCellIsAskedOncePerInput() {
    literals.evaluateSimpleUnaryTests("\"beyondRelevance\"", "cellInput", context("new"));
    literals.evaluateSimpleUnaryTests("\"beyondRelevance\"", "cellInput", context("new"));
    literals.evaluateSimpleUnaryTests("\"beyondRelevance\"", "cellInput", context("beyondRelevance"));
    literals.evaluateSimpleExpression("\"allowed\"", context(null));
    literals.evaluateSimpleExpression("\"allowed\"", context(null));

    assertThat(counting.calls).containsExactly("\"beyondRelevance\"", "\"beyondRelevance\"", "\"allowed\"");
  }

  @Test
  @DisplayName("同じ文字のセルでも、出力の式と入力の判定は別々に覚える")
  void anOutputAndATestOfTheSameTextAreKeptApart() {
    assertThat(literals.evaluateSimpleUnaryTests("true", "cellInput", context(null))).isFalse();
    assertThat((Object) literals.evaluateSimpleExpression("true", context(null))).isEqualTo(true);
    assertThat(literals.evaluateSimpleUnaryTests("true", "cellInput", context(null))).isFalse();
  }

  @Test
  @DisplayName("名前・関数・日付を含むセルは毎回FEELエンジンに尋ねる")
  void cellsWithNamesOrFunctionsAreAskedEachTime() {
    VariableContext withLimit = Variables.createVariables().putValue("cellInput", 3).putValue("limit", 5)
        .asVariableContext();
    for (int i = 0; i < 2; i++) {
      assertThat(literals.evaluateSimpleUnaryTests("< limit", "cellInput", withLimit)).isTrue();
      assertThat(literals.evaluateSimpleUnaryTests("< date(\"2030-01-01\")", "cellInput",
          context(LocalDate.of(2026, 12, 1)))).isTrue();
    }

    assertThat(counting.calls).hasSize(4);
  }

  @Test
  @DisplayName("入力式が変数名で、値が文字列か真偽値なら、その値をそのまま返す")
  void anInputThatIsAVariablesNameIsItsValue() {
    VariableContext variables = Variables.createVariables().putValue("changeOfPurpose", "new")
        .putValue("relatedToIllness", false).putValue("count", 3).asVariableContext();

    assertThat((Object) literals.evaluateSimpleExpression("changeOfPurpose", variables)).isEqualTo("new");
    assertThat((Object) literals.evaluateSimpleExpression("relatedToIllness", variables)).isEqualTo(false);
    assertThat((Object) literals.evaluateSimpleExpression("count", variables))
        .isEqualTo(FEEL.evaluateSimpleExpression("count", variables));
    assertThat(counting.calls).containsExactly("count");
  }

  private static Boolean feelAnswer(String cell, Object input) {
    try {
      return FEEL.evaluateSimpleUnaryTests(cell, "cellInput", context(input));
    } catch (RuntimeException notComparable) {
      return null;
    }
  }

  private static VariableContext context(Object input) {
    return Variables.createVariables().putValue("cellInput", input).asVariableContext();
  }

  /** The FEEL engine, noting each expression it is asked. */
  private static final class Counting implements FeelEngine {
    final List<String> calls = new ArrayList<>();
    private final FeelEngine feel;

    Counting(FeelEngine feel) {
      this.feel = feel;
    }

    @Override
    public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
      calls.add(expression);
      return feel.evaluateSimpleExpression(expression, variables);
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
      calls.add(expression);
      return feel.evaluateSimpleUnaryTests(expression, inputVariable, variables);
    }
  }
}
