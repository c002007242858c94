package jp.mamori.outsourcing.registry;

import java.util.List;
import jp.mamori.tasks.FieldChoices;
import jp.mamori.tasks.form.FormField;
import jp.mamori.tasks.form.Option;
import org.springframework.stereotype.Component;

/**
 * The contractor registry for a form's {@code "picker": "contractor"} (issue #17 item 6): the names of the
 * contractors with a contract in force (第25条), the value the name, as the forms stored it when it was typed.
 * A form that also takes a contractor named for the first time (the intent, 第25条1) says {@code "editable"}.
 */
@Component
class ContractorChoices implements FieldChoices {

  private final Contractors contractors;

  ContractorChoices(Contractors contractors) {
    this.contractors = contractors;
  }

  @Override
  public String kind() {
    return "contractor";
  }

  @Override
  public List<Option> choices(FormField field) {
    return contractors.registeredNames().stream().map(name -> new Option(name, name)).toList();
  }
}
