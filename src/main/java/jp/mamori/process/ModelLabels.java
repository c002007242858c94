package jp.mamori.process;

import java.util.Locale;
import jp.mamori.web.LabelFiles;
import jp.mamori.web.LocaleSelection;

/**
 * The name of a procedure or of one of its steps in the user's language. The models are drawn in Japanese; other
 * languages come from {@code processes/i18n/<processKey>_<language>.properties}, whose keys are the process key
 * (the procedure's name) and the elements' ids (ADR 0029). Without a translation the model's own name is shown.
 */
public final class ModelLabels {

  private ModelLabels() {}

  /** The procedure's name: {@code name} is the model's (may be null, then the key). */
  public static String procedure(Locale locale, String processKey, String name) {
    return LabelFiles.find(LabelFiles.PROCESSES, processKey, locale, processKey)
        .orElse(name != null ? name : processKey);
  }

  /** The name of an element (a task, a start or end) of the model of {@code processDefinitionIdOrKey}. */
  public static String element(Locale locale, String processDefinitionIdOrKey, String elementId, String name) {
    if (processDefinitionIdOrKey == null || elementId == null) {
      return name;
    }
    return LabelFiles.find(LabelFiles.PROCESSES, keyOf(processDefinitionIdOrKey), locale, elementId).orElse(name);
  }

  /** {@link #element(Locale, String, String, String)} in the current user's language. */
  public static String element(String processDefinitionIdOrKey, String elementId, String name) {
    return element(LocaleSelection.current(), processDefinitionIdOrKey, elementId, name);
  }

  /** {@link #procedure(Locale, String, String)} in the current user's language. */
  public static String procedure(String processKey, String name) {
    return procedure(LocaleSelection.current(), processKey, name);
  }

  /** The model's documentation (the start card of a procedure the app has no guide for), key {@code <key>.documentation}. */
  public static String documentation(Locale locale, String processKey, String text) {
    return LabelFiles.find(LabelFiles.PROCESSES, processKey, locale, processKey + ".documentation").orElse(text);
  }

  /** The process key of a definition id ({@code key:version:uuid}); a key is returned as it is. */
  public static String keyOf(String processDefinitionIdOrKey) {
    int colon = processDefinitionIdOrKey.indexOf(':');
    return colon < 0 ? processDefinitionIdOrKey : processDefinitionIdOrKey.substring(0, colon);
  }
}
