package jp.mamori.modeling;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The code in a BPMN model, wherever it is written: every attribute and every text of every element is read, not
 * only the attributes the gate knows to be expressions today — an input parameter, a candidate group, a due date, a
 * condition, a timer, a listener's field, a multi-instance collection. Java classes ({@code class},
 * {@code variableMappingClass}) are refused, delegates must be model beans, and every expression is held to
 * {@link ExpressionCheck}. The calls of the app's code found on the way are noted by the element they belong to
 * ({@code calls}), for {@link DecisionStepsKept}.
 */
record ModelCodeCheck(String resource, ModelReferences references, List<GateProblem> problems,
    Map<String, Set<String>> calls) {

  /** Without noting the calls. */
  ModelCodeCheck(String resource, ModelReferences references, List<GateProblem> problems) {
    this(resource, references, problems, new HashMap<>());
  }

  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final String BPMN_DI = "http://www.omg.org/spec/BPMN/20100524/DI";
  private static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
  private static final String DI = "http://www.omg.org/spec/DD/20100524/DI";
  /** Text for people, never evaluated by the engine. */
  private static final Set<String> PROSE = Set.of("documentation", "textAnnotation");

  /** The calls of a listener that runs when its element is completed are noted under the element's id and this. */
  static final String ON_COMPLETION = "#completed";

  void check(Element root) {
    visit(root, null, null);
  }

  /** @param callsAt where the calls found inside belong: the owner, or the owner's completion */
  private void visit(Element element, String ownerId, String callsAt) {
    if (isDiagram(element) || PROSE.contains(element.getLocalName())) {
      return;
    }
    String owner = ownerOf(element, ownerId);
    String at = runsOnCompletion(element) ? owner + ON_COMPLETION
        : Objects.equals(owner, ownerId) ? callsAt : owner;
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      attribute(owner, at, (Attr) attributes.item(i));
    }
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child instanceof Element childElement) {
        visit(childElement, owner, at);
      } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        report(owner, at, ExpressionCheck.read(child.getNodeValue(), references));
      }
    }
  }

  /** A task listener on "complete", an execution listener on "end". */
  private static boolean runsOnCompletion(Element element) {
    String event = element.getAttribute("event");
    return CAMUNDA.equals(element.getNamespaceURI())
        && ("taskListener".equals(element.getLocalName()) && "complete".equals(event)
            || "executionListener".equals(element.getLocalName()) && "end".equals(event));
  }

  private void attribute(String owner, String callsAt, Attr attribute) {
    String name = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getName();
    String value = attribute.getValue();
    if (name.equals("class") || name.endsWith("Class")) {
      problems.add(new GateProblem(resource, owner, GateRule.JAVA_CLASS, value));
    } else if (name.equals("delegateExpression") || name.endsWith("DelegateExpression")) {
      report(owner, callsAt, ExpressionCheck.readDelegate(value, references));
    } else {
      report(owner, callsAt, ExpressionCheck.read(value, references));
    }
  }

  private void report(String owner, String callsAt, ExpressionCheck.Reading reading) {
    reading.findings().forEach(f -> problems.add(new GateProblem(resource, owner, f.rule(), f.detail())));
    if (!reading.calls().isEmpty()) {
      calls.computeIfAbsent(String.valueOf(callsAt), o -> new HashSet<>()).addAll(reading.calls());
    }
  }

  /**
   * The element a process owner finds in the Modeler: the nearest one with an id, not counting the inner parts
   * (event definitions, expressions, Camunda extensions) whose ids the Modeler does not show.
   */
  private static String ownerOf(Element element, String parentOwner) {
    String id = element.getAttribute("id");
    boolean inner = CAMUNDA.equals(element.getNamespaceURI())
        || element.getLocalName().endsWith("EventDefinition") || element.getLocalName().endsWith("Expression");
    return !id.isEmpty() && !inner ? id : parentOwner;
  }

  /** {@link #ownerOf} for an element found on its own: the nearest element up its parents that a Modeler shows. */
  static String ownerOf(Element element) {
    String parentOwner = element.getParentNode() instanceof Element parent ? ownerOf(parent) : null;
    return ownerOf(element, parentOwner);
  }

  private static boolean isDiagram(Element element) {
    String namespace = element.getNamespaceURI();
    return BPMN_DI.equals(namespace) || DC.equals(namespace) || DI.equals(namespace);
  }
}
