package jp.mamori.tasks.form;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A parsed Camunda Form; {@code fields} are in display order with groups flattened. The model is Serializable
 * because view-scoped JSF beans keep it across requests.
 */
public record FormDefinition(String id, List<FormField> fields) implements Serializable {

  public FormDefinition {
    fields = List.copyOf(fields);
  }

  public Optional<FormField> field(String key) {
    return fields.stream().filter(field -> key.equals(field.key())).findFirst();
  }

  public List<FormField> editableFields() {
    return fields.stream().filter(FormField::isEditable).toList();
  }
}
