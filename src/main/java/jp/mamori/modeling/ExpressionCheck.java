package jp.mamori.modeling;

import jp.mamori.web.ModelBean;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.impl.juel.AstBinary;
import org.camunda.bpm.impl.juel.AstBoolean;
import org.camunda.bpm.impl.juel.AstChoice;
import org.camunda.bpm.impl.juel.AstComposite;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstEval;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNested;
import org.camunda.bpm.impl.juel.AstNull;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.AstText;
import org.camunda.bpm.impl.juel.AstUnary;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;

/**
 * Reads one JUEL expression as the engine will ({@code ${...}} or {@code #{...}} in any attribute or text of a
 * model) and admits only what a model needs: literals, operators, process variables, members of model beans
 * ({@link ModelBean}), the engine's date and user functions, and a short list of members of the engine's objects.
 * The parser is the engine's own JUEL, so the gate and the engine cannot read an expression differently (ADR 0006).
 */
final class ExpressionCheck {

  /** A reason to refuse an expression. */
  record Finding(GateRule rule, String detail) {}

  /**
   * What an expression was found to be: its reasons to refuse, and the code of the app it runs on the case — each
   * model bean's method it hands the case to ({@code purposeCase.approve(execution)}) and, for a delegate, the bean
   * it hands the work to. A method given no engine object reads settings or computes; it acts on no case.
   */
  record Reading(List<Finding> findings, Set<String> calls) {}

  /** The names under which the engine hands its own objects to an expression. */
  private static final Set<String> ENGINE_OBJECTS =
      Set.of("execution", "task", "caseExecution", "externalTask", "variableContext");
  /** What a model may ask of the engine's objects: its variables and the case number, nothing that reaches on. */
  private static final Map<String, Set<String>> ENGINE_MEMBERS = Map.of(
      "execution", Set.of("getVariable", "processBusinessKey", "getProcessBusinessKey"),
      "task", Set.of("getVariable"));
  /** The engine's functions: the clock and the logged-in user. */
  private static final Set<String> FUNCTIONS = Set.of("now", "dateTime", "currentUser", "currentUserGroups");
  /** Every JUEL feature on: the gate parses at least what the engine parses. */
  private static final Builder PARSER = new Builder(Builder.Feature.values());

  private final ModelReferences references;
  private final List<Finding> findings = new ArrayList<>();
  private final Set<String> calls = new LinkedHashSet<>();

  private ExpressionCheck(ModelReferences references) {
    this.references = references;
  }

  static boolean isExpression(String value) {
    return value != null && (value.contains("${") || value.contains("#{"));
  }

  /** The findings for an expression anywhere in a model; none for text without an expression. */
  static List<Finding> check(String text, ModelReferences references) {
    return read(text, references).findings();
  }

  /** {@link #check}, with the calls the expression makes. */
  static Reading read(String text, ModelReferences references) {
    ExpressionCheck check = new ExpressionCheck(references);
    if (isExpression(text)) {
      check.parse(text).ifPresent(root -> check.visit(root, false));
    }
    return check.reading();
  }

  /**
   * The findings for a value that must come from code, such as a {@code delegateExpression}: besides the rules
   * above, it must be one expression whose value is a model bean, or its property, or what its method returns —
   * never a variable (whose value a client chooses).
   */
  static List<Finding> checkDelegate(String text, ModelReferences references) {
    return readDelegate(text, references).findings();
  }

  /** {@link #checkDelegate}, with the calls the delegate makes. */
  static Reading readDelegate(String text, ModelReferences references) {
    ExpressionCheck check = new ExpressionCheck(references);
    check.parse(text).ifPresent(root -> {
      check.delegate(root, text);
      check.visit(root, false);
    });
    return check.reading();
  }

  private Reading reading() {
    return new Reading(List.copyOf(findings), Set.copyOf(calls));
  }

  private Optional<Node> parse(String text) {
    try {
      return Optional.of(PARSER.build(text).getRoot());
    } catch (RuntimeException e) {
      // the engine could not read it either; TreeBuilderException is the usual case
      refuse(GateRule.EXPRESSION, text);
      return Optional.empty();
    }
  }

  private void delegate(Node root, String text) {
    Node node = root instanceof AstEval eval ? eval.getChild(0) : root;
    if (node instanceof AstMethod method) {
      node = method.getChild(0);
    }
    if (node instanceof AstDot dot) {
      node = dot.getChild(0);
    }
    if (node instanceof AstIdentifier identifier) {
      if (!references.isModelBean(identifier.getName())) {
        refuse(GateRule.UNKNOWN_BEAN, identifier.getName());
      } else {
        calls.add(identifier.getName());
      }
    } else {
      refuse(GateRule.NOT_A_BEAN, text);
    }
  }

  /**
   * @param beanArgument whether the node is an argument of a model bean's method, the one place where the engine's
   *     objects may be handed on ({@code ${auditCase.open(execution)}})
   */
  private void visit(Node node, boolean beanArgument) {
    if (node instanceof AstIdentifier identifier) {
      identifier(identifier.getName(), beanArgument);
    } else if (node instanceof AstMethod method) {
      method(method);
    } else if (node instanceof AstDot dot) {
      member(dot);
    } else if (node instanceof AstFunction function) {
      function(function);
    } else if (isLiteral(node)) {
      return;
    } else if (isOperation(node)) {
      children(node, false);
    } else {
      // brackets (bean['name'], list[0]) and anything else the engine might read as a property access
      refuse(GateRule.EXPRESSION, node.toString());
    }
  }

  private void identifier(String name, boolean beanArgument) {
    if (ENGINE_OBJECTS.contains(name) && !beanArgument) {
      refuse(GateRule.ENGINE_OBJECT, name);
    } else if (references.isOtherBean(name)) {
      refuse(GateRule.UNKNOWN_BEAN, name);
    }
  }

  private void method(AstMethod method) {
    if (!(method.getChild(0) instanceof AstDot dot)) {
      refuse(GateRule.EXPRESSION, "[...]()");
      return;
    }
    boolean onModelBean = member(dot);
    if (onModelBean && handsOnTheCase(method.getChild(1))) {
      calls.add(((AstIdentifier) dot.getChild(0)).getName() + "." + memberName(dot));
    }
    children(method.getChild(1), onModelBean);
  }

  /** {@code target.name} or {@code target.name(...)}; true when the target is a model bean and the member its own. */
  private boolean member(AstDot dot) {
    String name = memberName(dot);
    if (!(dot.getChild(0) instanceof AstIdentifier target)) {
      // a member of what something else returned: refused, and the something else is read for its own reasons
      refuse(GateRule.EXPRESSION, "." + name);
      visit(dot.getChild(0), false);
      return false;
    }
    String targetName = target.getName();
    if (references.isModelBean(targetName)) {
      if (references.isModelBeanMember(targetName, name)) {
        return true;
      }
      refuse(GateRule.EXPRESSION, targetName + "." + name);
    } else if (ENGINE_OBJECTS.contains(targetName)) {
      if (!ENGINE_MEMBERS.getOrDefault(targetName, Set.of()).contains(name)) {
        refuse(GateRule.ENGINE_OBJECT, targetName + "." + name);
      }
    } else {
      // a member of a variable or of any other bean: only model beans are called
      refuse(GateRule.UNKNOWN_BEAN, targetName);
    }
    return false;
  }

  /** Whether the engine's objects are among the arguments: what a method needs to act on the case. */
  private static boolean handsOnTheCase(Node node) {
    if (node instanceof AstIdentifier identifier && ENGINE_OBJECTS.contains(identifier.getName())) {
      return true;
    }
    for (int i = 0; i < node.getCardinality(); i++) {
      if (handsOnTheCase(node.getChild(i))) {
        return true;
      }
    }
    return false;
  }

  private void function(AstFunction function) {
    if (!FUNCTIONS.contains(function.getName())) {
      refuse(GateRule.EXPRESSION, function.getName() + "()");
    }
    for (int i = 0; i < function.getParamCount(); i++) {
      visit(function.getChild(i), false);
    }
  }

  private void children(Node node, boolean beanArgument) {
    for (int i = 0; i < node.getCardinality(); i++) {
      visit(node.getChild(i), beanArgument);
    }
  }

  /** The parser's text for {@code .name} is ". name". */
  private static String memberName(AstDot dot) {
    String text = dot.toString();
    return text.startsWith(". ") ? text.substring(2) : text;
  }

  private static boolean isLiteral(Node node) {
    return node instanceof AstText || node instanceof AstString || node instanceof AstNumber
        || node instanceof AstBoolean || node instanceof AstNull;
  }

  private static boolean isOperation(Node node) {
    return node instanceof AstComposite || node instanceof AstEval || node instanceof AstNested
        || node instanceof AstBinary || node instanceof AstUnary || node instanceof AstChoice
        || node instanceof AstParameters;
  }

  private void refuse(GateRule rule, String detail) {
    findings.add(new Finding(rule, detail));
  }
}
