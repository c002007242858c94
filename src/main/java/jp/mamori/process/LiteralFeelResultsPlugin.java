package jp.mamori.process;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Decision tables answer their literal cells without running the FEEL engine each time (issue 18).
 *
 * <p>The FEEL engine builds its whole library of built-in functions again for every expression it evaluates: one
 * evaluation of the acquisition rule (第15条: four inputs, seven rules) took about 8 % of a new-purpose case's CPU.
 * Nearly every cell of Mamori's tables is a literal — {@code "beyondRelevance"}, {@code true}, {@code "allowed"},
 * {@code "none","consent"} — and every input a variable's name. So:
 *
 * <ul>
 *   <li>a cell without any name in it (only texts in quotes, numbers, {@code true}/{@code false}/{@code null},
 *       {@code not}, comparisons, ranges and lists) means the same for the same input every time: the FEEL engine
 *       answers it once per input value (a text, a truth value or a number) and the answer is remembered;</li>
 *   <li>an input that is a variable's name holding a text or a truth value is that value, as the FEEL engine would
 *       give it back.</li>
 * </ul>
 *
 * <p>Everything else — names in a cell, functions, dates, {@code ?}, inputs of other types — goes to the FEEL engine
 * as before, so a process owner may write any FEEL in Camunda Modeler. At most {@value #REMEMBERED} answers are kept;
 * beyond that the memory starts afresh.
 *
 * <p>{@code mamori.process.literal-feel-results: false} leaves every cell to the FEEL engine.
 *
 * <p>Like the other engine plugins it uses the engine's {@code impl} configuration (an exception to ADR 0001).
 */
@Component
@ConditionalOnProperty(name = "mamori.process.literal-feel-results", matchIfMissing = true)
class LiteralFeelResultsPlugin extends AbstractProcessEnginePlugin {

  static final int REMEMBERED = 10_000;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getDmnEngineConfiguration() == null && !configuration.isDmnFeelEnableLegacyBehavior()) {
      DefaultDmnEngineConfiguration dmn =
          (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
      // the engine hands its FEEL settings (custom functions) to this configuration before the factory is used
      dmn.setFeelEngineFactory(() -> new LiteralFeelResults(
          new ScalaFeelEngineFactory(dmn.getFeelCustomFunctionProviders()).createInstance()));
      configuration.setDmnEngineConfiguration(dmn);
    }
  }

  /** The FEEL engine, with the answers of literal cells remembered. */
  static final class LiteralFeelResults implements FeelEngine {

    private static final Pattern TEXT = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern WORDS_OF_LITERALS = Pattern.compile("\\b(?:not|true|false|null)\\b");
    private static final Pattern LITERAL_REST = Pattern.compile("[\\s0-9.,\\[\\]()<>=!+*/-]*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> KEYWORDS = Set.of("not", "true", "false", "null", "if", "then", "else", "for",
        "in", "return", "some", "every", "satisfies", "and", "or", "between", "instance", "of", "function");
    private static final Set<Class<?>> SCALARS = Set.of(String.class, Boolean.class, Integer.class, Long.class,
        Short.class, Byte.class, Double.class, Float.class, BigDecimal.class, BigInteger.class);
    private static final Object NO_VALUE = new Object();

    private final FeelEngine feel;
    private final Map<Cell, Object> answers = new ConcurrentHashMap<>();

    LiteralFeelResults(FeelEngine feel) {
      this.feel = feel;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variables) {
      if (isName(expression)) {
        Object value = valueOf(variables.resolve(expression));
        if (value instanceof String || value instanceof Boolean) {
          return (T) value;
        }
      } else if (isLiteral(expression)) {
        return (T) remembered(Cell.expression(expression),
            () -> feel.evaluateSimpleExpression(expression, variables));
      }
      return feel.evaluateSimpleExpression(expression, variables);
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variables) {
      if (isLiteral(expression)) {
        Object input = valueOf(variables.resolve(inputVariable));
        if (input == null || isScalar(input)) {
          return (Boolean) remembered(Cell.test(expression, input),
              () -> feel.evaluateSimpleUnaryTests(expression, inputVariable, variables));
        }
      }
      return feel.evaluateSimpleUnaryTests(expression, inputVariable, variables);
    }

    private Object remembered(Cell cell, Supplier<Object> evaluation) {
      Object known = answers.get(cell);
      if (known != null) {
        return known == NO_VALUE ? null : known;
      }
      Object answer = evaluation.get();
      if (answer == null || isScalar(answer)) {
        if (answers.size() >= REMEMBERED) {
          answers.clear();
        }
        answers.put(cell, answer == null ? NO_VALUE : answer);
      }
      return answer;
    }

    static boolean isLiteral(String expression) {
      String rest = WORDS_OF_LITERALS.matcher(TEXT.matcher(expression).replaceAll(" ")).replaceAll(" ");
      return !expression.isBlank() && LITERAL_REST.matcher(rest).matches();
    }

    private static boolean isName(String expression) {
      return NAME.matcher(expression).matches() && !KEYWORDS.contains(expression);
    }

    private static boolean isScalar(Object value) {
      return SCALARS.contains(value.getClass());
    }

    private static Object valueOf(TypedValue typed) {
      return typed == null ? null : typed.getValue();
    }

    /** A cell's text and, for a test, the input it was tested against. */
    private record Cell(String expression, boolean test, Class<?> inputType, Object input) {

      static Cell expression(String expression) {
        return new Cell(expression, false, null, null);
      }

      static Cell test(String expression, Object input) {
        return new Cell(expression, true, input == null ? null : input.getClass(), input);
      }
    }
  }
}
