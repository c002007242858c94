package jp.mamori.modeling;

import java.util.List;
import jp.mamori.process.ReservedVariables;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * A model never writes who acted (ADR 0065): the requester ({@code initiator}), who completed a task
 * ({@code completedBy}, {@code completedBy_<task>}), who reported a breach ({@code reportedBy}). Four-eyes excludes
 * the people these name; the engine and the app's code write them, and the engine lets a model's own mappings write
 * any variable. So the gate refuses a mapping's parameter or target of such a name, a result, element, error or
 * escalation variable of such a name, a start that records its starter under another such name, and a call
 * activity's mapping of all variables (which copies them too).
 */
record ReservedVariableWrites(String resource, List<GateProblem> problems) {

  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

  void check(Element root) {
    NodeList elements = root.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < elements.getLength(); i++) {
      Element element = (Element) elements.item(i);
      if (CAMUNDA.equals(element.getNamespaceURI())) {
        mapping(element);
      }
      NamedNodeMap attributes = element.getAttributes();
      for (int a = 0; a < attributes.getLength(); a++) {
        attribute(element, (Attr) attributes.item(a));
      }
    }
  }

  private void mapping(Element element) {
    String name = element.getLocalName();
    if (("inputParameter".equals(name) || "outputParameter".equals(name)) && reserved(element.getAttribute("name"))) {
      refuse(element, element.getAttribute("name"));
    } else if ("in".equals(name) || "out".equals(name)) {
      if (reserved(element.getAttribute("target"))) {
        refuse(element, element.getAttribute("target"));
      } else if ("all".equals(element.getAttribute("variables"))) {
        refuse(element, "camunda:" + name + " variables=\"all\"");
      }
    }
  }

  private void attribute(Element element, Attr attribute) {
    if (!CAMUNDA.equals(attribute.getNamespaceURI())) {
      return;
    }
    String name = attribute.getLocalName();
    String value = attribute.getValue();
    boolean writes = name.endsWith("Variable") || "initiator".equals(name);
    if (writes && reserved(value) && !("initiator".equals(name) && ReservedVariables.INITIATOR.equals(value))) {
      refuse(element, "camunda:" + name + "=\"" + value + "\"");
    }
  }

  private static boolean reserved(String variable) {
    return variable != null && ReservedVariables.isReserved(variable.strip());
  }

  private void refuse(Element element, String detail) {
    problems.add(new GateProblem(resource, ModelCodeCheck.ownerOf(element), GateRule.RESERVED_VARIABLE_WRITTEN,
        detail));
  }
}
