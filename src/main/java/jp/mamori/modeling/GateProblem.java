package jp.mamori.modeling;

import java.util.List;
import java.util.Locale;
import jp.mamori.web.Messages;

/**
 * One reason a deployment is refused: in which file, at which element, which rule, and the detail the texts need
 * (a group id, a bean name, ...).
 */
public record GateProblem(String resource, String elementId, GateRule rule, List<String> args) {

  public GateProblem(String resource, String elementId, GateRule rule, String... args) {
    this(resource, elementId, rule, List.of(args));
  }

  public String problem(Locale locale) {
    return Messages.text(locale, rule.problemKey(), args.toArray());
  }

  /** Remedies name expressions such as ${remindIdleTask}: taken as written, never formatted. */
  public String remedy(Locale locale) {
    return Messages.text(locale, rule.remedyKey());
  }

  /** One line a person reads: where, what is wrong, what to do. */
  public String line(Locale locale) {
    String where = resource + (elementId == null ? "" : " / " + elementId);
    return where + ": " + problem(locale) + " → " + remedy(locale);
  }
}
