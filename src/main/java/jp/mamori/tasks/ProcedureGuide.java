package jp.mamori.tasks;

import jp.mamori.process.ModelLabels;
import java.util.Locale;
import jp.mamori.web.Messages;

/**
 * What the start page says of a procedure, for the staff who start it: what it is for, who decides, how long it
 * takes, and — in a small line — the articles it follows. From the messages {@code procedure.<key>.purpose},
 * {@code .decides}, {@code .duration}, {@code .articles} in the user's language; a procedure without them (a new
 * model) shows its model's documentation.
 */
public record ProcedureGuide(String purpose, String decides, String duration, String articles) {

  static ProcedureGuide of(Procedure procedure, Locale locale) {
    String prefix = "procedure." + procedure.key() + ".";
    return Messages.find(locale, prefix + "purpose")
        .map(purpose -> new ProcedureGuide(purpose, text(locale, prefix + "decides"),
            text(locale, prefix + "duration"), text(locale, prefix + "articles")))
        .orElseGet(() -> new ProcedureGuide(
            ModelLabels.documentation(locale, procedure.key(), procedure.description()), null, null, null));
  }

  private static String text(Locale locale, String key) {
    return Messages.find(locale, key).orElse(null);
  }
}
