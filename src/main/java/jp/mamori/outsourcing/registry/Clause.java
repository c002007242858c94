package jp.mamori.outsourcing.registry;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import jp.mamori.web.Messages;

/**
 * The clauses the draft confirmation document must contain (第25条2(2) イ–ホ) plus the ban on re-outsourcing
 * without prior permission (Keio 22). The values are the form's checklist values.
 */
public enum Clause {
  CONFIDENTIALITY("confidentiality"),
  RESPONSIBLE_PERSON("responsiblePerson"),
  CUSTODY("custody"),
  ACCIDENT("accident"),
  REPORTING("reporting"),
  NO_REOUTSOURCING("noReoutsourcing");

  private final String value;

  Clause(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  /** Its label, from the bundle ({@code outsourcing.clause.<value>}). */
  public String label(boolean japanese) {
    return Messages.text(japanese ? Locale.JAPANESE : Locale.ENGLISH, "outsourcing.clause." + value);
  }

  /** The clauses not among the given checklist values, in the regulation's order. */
  public static List<Clause> missingFrom(Collection<String> values) {
    return Arrays.stream(values()).filter(c -> !values.contains(c.value)).toList();
  }
}
