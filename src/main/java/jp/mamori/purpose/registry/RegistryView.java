package jp.mamori.purpose.registry;

import java.util.List;
import jp.mamori.ledger.Ledger;
import jp.mamori.ledger.LedgerEntry;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/** Backs purposes.xhtml and ledger.xhtml for staff: every purpose with its state, and the ledger (第22条). */
@Component
@RequestScope
public class RegistryView {

  private final PurposeRegistry registry;
  private final Ledger ledger;

  RegistryView(PurposeRegistry registry, Ledger ledger) {
    this.registry = registry;
    this.ledger = ledger;
  }

  public List<Purpose> getPurposes() {
    return registry.all();
  }

  public List<LedgerEntry> getLedger() {
    return ledger.all();
  }
}
