package jp.mamori.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.mamori.web.LabelFiles;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.OutputEntry;

/**
 * A text a decision table wrote into a case (the reason of a ruling) in the reader's language. The tables are
 * written in Japanese and the case keeps the Japanese words (the record's language, what Cockpit shows); other
 * languages come from the decision's label file, {@code processes/i18n/<decisionKey>_<language>.properties}, keyed
 * by the id of the output entry that holds the text (ADR 0029). The entry is found by its words in the table the
 * release carries; a text no table of this release has (a table changed since, a reason typed by hand) is shown as
 * written.
 */
public final class DecisionTexts {

  private static final Map<String, Map<String, String>> ENTRY_IDS_BY_TEXT = new ConcurrentHashMap<>();

  private DecisionTexts() {}

  public static String inLanguage(Locale locale, String decisionKey, String text) {
    if (text == null || decisionKey == null) {
      return text;
    }
    String entryId = ENTRY_IDS_BY_TEXT.computeIfAbsent(decisionKey, DecisionTexts::entryIdsByText).get(text);
    return entryId == null ? text : LabelFiles.find(LabelFiles.PROCESSES, decisionKey, locale, entryId).orElse(text);
  }

  /** The string literals of the table's output entries, each with its entry's id. */
  private static Map<String, String> entryIdsByText(String decisionKey) {
    String resource = LabelFiles.PROCESSES + "/" + decisionKey + ".dmn";
    Map<String, String> ids = new HashMap<>();
    try (InputStream in = DecisionTexts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return Map.of();
      }
      for (OutputEntry entry : Dmn.readModelFromStream(in).getModelElementsByType(OutputEntry.class)) {
        String literal = entry.getText() == null ? "" : entry.getText().getTextContent().strip();
        if (literal.length() >= 2 && literal.startsWith("\"") && literal.endsWith("\"")) {
          ids.putIfAbsent(literal.substring(1, literal.length() - 1), entry.getId());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return Map.copyOf(ids);
  }
}
