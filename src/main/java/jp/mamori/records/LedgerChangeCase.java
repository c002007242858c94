package jp.mamori.records;

import java.util.List;
import java.util.Locale;
import jp.mamori.ledger.Ledger;
import jp.mamori.ledger.LedgerEdit;
import jp.mamori.ledger.LedgerEditVariables;
import jp.mamori.ledger.LedgerEntry;
import jp.mamori.notification.Notifications;
import jp.mamori.process.CaseVariables;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.Messages;
import jp.mamori.web.ModelBean;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The glue of ledgerChange (第5条, 第21–24条): an information manager proposes a change of their entry (manager,
 * storage, retention, disposal method); the supervising manager — never the proposer — approves it, and only then
 * does the ledger change, with the trail.
 */
@ModelBean
@Component("ledgerChangeCase")
public class LedgerChangeCase {

  private final Ledger ledger;
  private final Notifications notifications;

  LedgerChangeCase(Ledger ledger, Notifications notifications) {
    this.ledger = ledger;
    this.notifications = notifications;
  }

  /**
   * The proposal is checked on every channel (the page, the start page, REST): the proposer is the entry's
   * information manager and the proposal is complete. The review form shows the entry as it is and as proposed.
   */
  public void proposed(DelegateExecution execution) {
    Long entryId = LedgerEditVariables.entryId(execution.getVariables());
    String proposer = (String) execution.getVariable("initiator");
    LedgerEdit proposal = ledger.checkProposal(proposer, entryId, LedgerEditVariables.edit(execution.getVariables()));
    LedgerEntry entry = ledger.entry(entryId).orElseThrow();
    execution.setVariable("entryTitle", entry.getTitle());
    execution.setVariable("currentSummary", summary(LedgerEdit.of(entry)));
    execution.setVariable("proposedSummary", summary(proposal));
  }

  /** The supervising manager's decision: approved changes the ledger; either way the proposer hears of it. */
  public void reviewed(DelegateTask task) {
    String decision = CaseVariables.text(task.getVariables(), "reviewDecision");
    String proposer = (String) task.getVariable("initiator");
    Long entryId = LedgerEditVariables.entryId(task.getVariables());
    String caseKey = task.getExecution().getProcessBusinessKey();
    if ("approve".equals(decision)) {
      ledger.applyApproved(task.getAssignee(), proposer, entryId,
          LedgerEditVariables.edit(task.getVariables()), caseKey);
    } else if (!"refuse".equals(decision)) {
      throw new ActionRefused("disposal.error.decision");
    }
    notifications.toUsers(List.of(proposer),
        Messages.text(Locale.JAPANESE, "ledgerChange.notice." + decision, task.getVariable("entryTitle")),
        CaseVariables.text(task.getVariables(), "reviewComment"), "/ledger-entry.xhtml?id=" + entryId);
  }

  private static String summary(LedgerEdit edit) {
    return Messages.text(Locale.JAPANESE, "ledgerChange.summary", edit.informationManager(),
        dash(edit.storagePlace()), dash(edit.storageMethod()),
        edit.retention() == null ? "—" : edit.retention().label(Locale.JAPANESE),
        edit.disposalMethod() == null ? "—"
            : Messages.text(Locale.JAPANESE, "ledger.disposal." + edit.disposalMethod()));
  }

  private static String dash(String text) {
    return text == null || text.isBlank() ? "—" : text;
  }
}
