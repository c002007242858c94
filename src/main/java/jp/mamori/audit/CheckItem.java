package jp.mamori.audit;

import java.util.Arrays;
import java.util.List;

/**
 * The self-check items of an audit (第36条), each the article it checks. The form's field keys are
 * {@code <key>Answer} and {@code <key>Note}.
 */
public enum CheckItem {
  STORAGE("storage", "保管場所・施錠(第21条)", "Storage and locks (Art. 21)"),
  LEDGER("ledger", "台帳の最新性(第22条)", "Ledger up to date (Art. 22)"),
  RETENTION("retention", "保存期間・廃棄(第23条・第24条)", "Retention and disposal (Art. 23-24)"),
  PLEDGES("pledges", "誓約書(第20条3)", "Pledges (Art. 20(3))"),
  TRAINING("training", "教育・研修(第33条)", "Training (Art. 33)"),
  CONTRACTORS("contractors", "委託先の確認(第25条3)", "Contractor checks (Art. 25(3))"),
  TAKING_OUTSIDE("takingOutside", "院外持出しの禁止(第20条2)", "No taking outside (Art. 20(2))");

  private final String key;
  private final String labelJa;
  private final String labelEn;

  CheckItem(String key, String labelJa, String labelEn) {
    this.key = key;
    this.labelJa = labelJa;
    this.labelEn = labelEn;
  }

  public String key() {
    return key;
  }

  public String answerField() {
    return key + "Answer";
  }

  public String noteField() {
    return key + "Note";
  }

  public String label(boolean japanese) {
    return japanese ? labelJa : labelEn;
  }

  public static CheckItem of(String key) {
    return Arrays.stream(values()).filter(i -> i.key.equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no check item " + key));
  }

  public static List<String> formFields() {
    return Arrays.stream(values()).flatMap(i -> List.of(i.answerField(), i.noteField()).stream()).toList();
  }
}
