package jp.mamori.incident;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The APPI deadlines, counted in <b>calendar days</b> from the day of awareness (規則第8条: 速報は速やかに、確報は
 * 知った日から30日以内、不正の目的によるおそれがある事態は60日以内). The day of awareness itself is not counted
 * (初日不算入, 民法第140条) and a deadline falling on a weekend or holiday is not extended: due at 23:59:59 hospital
 * time of the day {@code days} after the day of awareness. Internal tasks use business days instead.
 */
public final class ReportDeadlines {

  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private ReportDeadlines() {}

  public static Instant due(Instant awareAt, int days, ZoneId zone) {
    return awareAt.atZone(zone).toLocalDate().plusDays(days).atTime(END_OF_DAY).atZone(zone).toInstant();
  }
}
