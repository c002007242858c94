package jp.mamori.tasks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.tasks.form.FormField;
import jp.mamori.tasks.form.Option;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/**
 * The choices of a form's register pickers ({@code "picker": "ledgerEntry"}, {@code "contractor"}), from the
 * {@link FieldChoices} bean of that kind; read once per request and field. A kind nobody declares offers nothing,
 * and the renderer falls back to a text box.
 */
@Component("fieldPickers")
@RequestScope
public class FieldPickers {

  private final Map<String, FieldChoices> byKind = new HashMap<>();
  private final Map<String, List<Option>> read = new HashMap<>();

  FieldPickers(List<FieldChoices> sources) {
    sources.forEach(s -> byKind.put(s.kind(), s));
  }

  public boolean offers(FormField field) {
    return field.isChoicePicker() && byKind.containsKey(field.picker());
  }

  public List<Option> choices(FormField field) {
    if (!offers(field)) {
      return List.of();
    }
    return read.computeIfAbsent(field.id(), id -> byKind.get(field.picker()).choices(field));
  }
}
