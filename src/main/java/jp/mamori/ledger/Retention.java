package jp.mamori.ledger;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.Messages;

/**
 * How long an entry's records are kept (第23条): a number of years from an event (the entry's creation, the last
 * visit, completion) on a date, or permanently on a stated legal ground. Not free text, so that the day it ends is
 * known and the disposal task opens then (第24条).
 *
 * @param years years after the event (1–100), null when permanent
 * @param from the event the years run from, null when permanent
 * @param fromDate the event's date, null when permanent
 * @param permanent kept without end
 * @param ground the legal ground of a permanent retention (or of a period set by law), e.g. 医師法24条
 */
public record Retention(Integer years, RetentionEvent from, LocalDate fromDate, boolean permanent, String ground)
    implements Serializable {

  public static Retention years(int years, RetentionEvent from, LocalDate fromDate) {
    return new Retention(years, from, fromDate, false, null);
  }

  public static Retention permanent(String ground) {
    return new Retention(null, null, null, true, ground);
  }

  /** The last day the records are kept, or null when permanent. */
  public LocalDate until() {
    return permanent ? null : fromDate.plusYears(years);
  }

  /** Refuses what is not a retention: permanent without a ground, years without an event and its date. */
  public Retention validated() {
    if (permanent) {
      if (ground == null || ground.isBlank()) {
        throw new ActionRefused("ledger.error.retentionGround");
      }
      return new Retention(null, null, null, true, ground.strip());
    }
    if (years == null || years < 1 || years > 100 || from == null || fromDate == null) {
      throw new ActionRefused("ledger.error.retention");
    }
    return new Retention(years, from, fromDate, false, ground == null || ground.isBlank() ? null : ground.strip());
  }

  /**
   * The retention a purpose's filing wrote as text ("5年", "永年"), from the given date; null when the text says
   * neither, so that the supervising manager decides it (the entry stays a draft).
   */
  public static Retention fromText(String text, LocalDate created) {
    if (text == null || text.isBlank()) {
      return null;
    }
    if (text.contains("永")) {
      return permanent(text.strip());
    }
    String digits = text.replaceAll("[^0-9]", "");
    if (digits.isEmpty() || digits.length() > 3) {
      return null;
    }
    int years = Integer.parseInt(digits);
    return years < 1 || years > 100 ? null : years(years, RetentionEvent.CREATED, created);
  }

  /** As people read it: "作成日(2026-04-01)から5年", "永年(医療法施行規則…)". */
  public String label(Locale locale) {
    if (permanent) {
      return Messages.text(locale, "ledger.retention.permanentLabel", ground);
    }
    return Messages.text(locale, "ledger.retention.yearsLabel", String.valueOf(years),
        Messages.text(locale, "ledger.retention.from." + from), String.valueOf(fromDate));
  }
}
