package jp.mamori.process;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** Reads {@code <camunda:property>} extension properties, which process owners set in Camunda Modeler. */
public final class ModelProperties {

  private ModelProperties() {}

  public static List<String> values(BaseElement element, String name) {
    ExtensionElements extensions = element.getExtensionElements();
    if (extensions == null) {
      return List.of();
    }
    return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
        .flatMap(p -> p.getCamundaProperties().stream())
        .filter(p -> name.equals(p.getCamundaName()) && p.getCamundaValue() != null)
        .map(CamundaProperty::getCamundaValue)
        .toList();
  }

  public static Optional<String> value(BaseElement element, String name) {
    return values(element, name).stream().findFirst();
  }
}
