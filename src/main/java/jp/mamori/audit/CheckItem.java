package jp.mamori.audit;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jp.mamori.web.Messages;

/**
 * The self-check items of an audit (第36条), each the article it checks. The form's field keys are
 * {@code <key>Answer} and {@code <key>Note}.
 */
public enum CheckItem {
  STORAGE("storage"),
  LEDGER("ledger"),
  RETENTION("retention"),
  /** 第20条3: read from the pledge records (people.Pledges), not asked. */
  PLEDGES("pledges"),
  /** 第33条: read from the training records (people.Trainings), not asked. */
  TRAINING("training"),
  CONTRACTORS("contractors"),
  TAKING_OUTSIDE("takingOutside");

  private final String key;

  CheckItem(String key) {
    this.key = key;
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

  /** Its label, from the bundle ({@code audit.checkItem.<key>}). */
  public String label(boolean japanese) {
    return Messages.text(japanese ? Locale.JAPANESE : Locale.ENGLISH, "audit.checkItem." + key);
  }

  public static CheckItem of(String key) {
    return Arrays.stream(values()).filter(i -> i.key.equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no check item " + key));
  }

  /** Answered from the records (第20条3 pledges, 第33条 training) instead of by the information manager. */
  public boolean fromRecords() {
    return this == PLEDGES || this == TRAINING;
  }

  public static List<String> formFields() {
    return Arrays.stream(values()).flatMap(i -> List.of(i.answerField(), i.noteField()).stream()).toList();
  }
}
