package jp.mamori.ledger;

import java.util.List;
import jp.mamori.tasks.FieldChoices;
import jp.mamori.tasks.form.FormField;
import jp.mamori.tasks.form.Option;
import org.springframework.stereotype.Component;

/**
 * The ledger's entries for a form's {@code "picker": "ledgerEntry"} (issue #17 item 6): "number name (department)",
 * the value the entry's number, as the forms stored it when it was typed. Disposed entries are not offered.
 */
@Component
class LedgerEntryChoices implements FieldChoices {

  private final Ledger ledger;

  LedgerEntryChoices(Ledger ledger) {
    this.ledger = ledger;
  }

  @Override
  public String kind() {
    return "ledgerEntry";
  }

  @Override
  public List<Option> choices(FormField field) {
    return ledger.all().stream().filter(e -> e.getStatus() != LedgerStatus.DISPOSED)
        .map(e -> new Option(e.getId() + " " + e.getTitle() + " (" + e.getDepartmentCode() + ")",
            String.valueOf(e.getId())))
        .toList();
  }
}
