package jp.mamori.modeling;

import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DmnElement;
import org.camunda.bpm.model.xml.ModelException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The gate's rules for one DMN file. */
class DmnCheck {

  /** FEEL is evaluated by the engine without reaching Java; any other expression language is a script. */
  private static final Set<String> FEEL = Set.of("feel", "FEEL", "http://www.omg.org/spec/FEEL/20140401",
      "https://www.omg.org/spec/DMN/20191111/FEEL/", "https://www.omg.org/spec/DMN/20211108/FEEL/");

  private final String resource;
  private final GateScope scope;
  private final List<GateProblem> problems;

  DmnCheck(String resource, GateScope scope, List<GateProblem> problems) {
    this.resource = resource;
    this.scope = scope;
    this.problems = problems;
  }

  void check(byte[] content) {
    DmnModelInstance model;
    try {
      model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
    } catch (ModelException e) {
      refuse(null, GateRule.UNREADABLE, DeploymentGate.firstLine(e.getMessage()));
      return;
    }
    if (scope == GateScope.EVERYTHING) {
      historyTtl(model);
      diagram(model, content);
    }
    for (DmnElement element : model.getModelElementsByType(DmnElement.class)) {
      String language = element.getAttributeValue("expressionLanguage");
      if (language != null && !FEEL.contains(language.strip())) {
        refuse(element.getId() != null ? element.getId() : owner(element), GateRule.SCRIPT,
            "expressionLanguage=" + language);
      }
    }
  }

  private void historyTtl(DmnModelInstance model) {
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      if (decision.getCamundaHistoryTimeToLiveString() == null
          || decision.getCamundaHistoryTimeToLiveString().isBlank()) {
        refuse(decision.getId(), GateRule.NO_HISTORY_TTL);
      }
    }
  }

  /** DMN diagram interchange (DMNDI) is read from the XML: the model API does not expose it. */
  private void diagram(DmnModelInstance model, byte[] content) {
    Set<String> drawn = new HashSet<>();
    try {
      Document document = ModelXml.parse(content);
      NodeList shapes = document.getElementsByTagNameNS("*", "DMNShape");
      for (int i = 0; i < shapes.getLength(); i++) {
        drawn.add(((Element) shapes.item(i)).getAttribute("dmnElementRef"));
      }
    } catch (Exception e) {
      refuse(null, GateRule.UNREADABLE, DeploymentGate.firstLine(e.getMessage()));
      return;
    }
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      if (!drawn.contains(decision.getId())) {
        refuse(decision.getId(), GateRule.NO_DIAGRAM, decision.getId());
      }
    }
  }

  /** The nearest enclosing element with an id (entries of a rule may have none). */
  private static String owner(DmnElement element) {
    Object current = element.getParentElement();
    while (current instanceof DmnElement e) {
      if (e.getId() != null) {
        return e.getId();
      }
      current = e.getParentElement();
    }
    return null;
  }

  private void refuse(String elementId, GateRule rule, String... args) {
    problems.add(new GateProblem(resource, elementId, rule, args));
  }
}
