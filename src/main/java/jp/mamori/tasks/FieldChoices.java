package jp.mamori.tasks;

import java.util.List;
import jp.mamori.tasks.form.FormField;
import jp.mamori.tasks.form.Option;

/**
 * What a form field with {@code "picker": "<kind>"} offers (issue #17 item 6, ADR 0030): a register above the
 * platform declares a bean of this type for its records (the ledger's entries, the contractor registry), and the
 * form renderer shows them as a drop-down instead of a box to type an id into. The value stays what the form
 * stored before (an entry's number, a contractor's name), so the glue reads it as it did.
 */
public interface FieldChoices {

  /** The {@code picker} property this bean answers, e.g. {@code ledgerEntry}. */
  String kind();

  /** The choices for this field (its other properties may narrow them), label and value. */
  List<Option> choices(FormField field);
}
