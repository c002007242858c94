package jp.mamori.ledger;

import java.util.HashMap;
import java.util.Map;
import jp.mamori.process.CaseVariables;

/**
 * A proposed ledger change as the variables of a ledgerChange case (its start form's fields), and back: the entry
 * page starts the case with them, the glue reads them when the supervising manager approves.
 */
public final class LedgerEditVariables {

  public static final String PERMANENT = "PERMANENT";

  private LedgerEditVariables() {}

  public static Map<String, Object> of(Long entryId, LedgerEdit edit) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("entryId", entryId);
    vars.put("informationManager", edit.informationManager());
    vars.put("dataItems", edit.dataItems());
    vars.put("dataSubjects", edit.dataSubjects());
    vars.put("storagePlace", edit.storagePlace());
    vars.put("storageMethod", edit.storageMethod());
    Retention retention = edit.retention();
    if (retention != null) {
      vars.put("retentionFrom", retention.permanent() ? PERMANENT : retention.from().name());
      vars.put("retentionYears", retention.years() == null ? null : retention.years().longValue());
      vars.put("retentionFromDate", retention.fromDate() == null ? null : retention.fromDate().toString());
      vars.put("retentionGround", retention.ground());
    }
    vars.put("disposalMethod", edit.disposalMethod() == null ? null : edit.disposalMethod().name());
    vars.put("changeReason", edit.reason());
    return vars;
  }

  public static Long entryId(Map<String, Object> vars) {
    Object value = vars.get("entryId");
    if (value instanceof Number number) {
      return number.longValue();
    }
    String text = CaseVariables.text(value);
    return text == null || !text.matches("\\d{1,18}") ? null : Long.valueOf(text);
  }

  public static LedgerEdit edit(Map<String, Object> vars) {
    return new LedgerEdit(CaseVariables.text(vars, "informationManager"), CaseVariables.text(vars, "dataItems"),
        CaseVariables.text(vars, "dataSubjects"), CaseVariables.text(vars, "storagePlace"),
        CaseVariables.text(vars, "storageMethod"), retention(vars),
        DisposalMethod.of(CaseVariables.text(vars, "disposalMethod")), CaseVariables.text(vars, "changeReason"));
  }

  private static Retention retention(Map<String, Object> vars) {
    String from = CaseVariables.text(vars, "retentionFrom");
    if (from == null) {
      return null;
    }
    String ground = CaseVariables.text(vars, "retentionGround");
    if (PERMANENT.equals(from)) {
      return Retention.permanent(ground);
    }
    RetentionEvent event;
    try {
      event = RetentionEvent.valueOf(from);
    } catch (IllegalArgumentException e) {
      return null;
    }
    Object years = vars.get("retentionYears");
    Integer count = years instanceof Number n ? Integer.valueOf(n.intValue()) : parse(CaseVariables.text(years));
    return new Retention(count, event, CaseVariables.date(vars, "retentionFromDate"), false, ground);
  }

  private static Integer parse(String text) {
    return text == null || !text.matches("\\d{1,3}") ? null : Integer.valueOf(text);
  }
}
