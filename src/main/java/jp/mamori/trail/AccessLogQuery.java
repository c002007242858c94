package jp.mamori.trail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A search of the access log: a person (user id), a case (its number), a period of days in the hospital's time zone
 * (both ends included); any part may be empty.
 */
public record AccessLogQuery(String userId, String caseKey, LocalDate from, LocalDate to) {

  private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

  Instant start() {
    return from == null ? Instant.EPOCH : from.atStartOfDay(ZONE).toInstant();
  }

  Instant end() {
    return to == null ? Instant.parse("9999-12-31T00:00:00Z") : to.plusDays(1).atStartOfDay(ZONE).toInstant();
  }

  String user() {
    return blankToNull(userId);
  }

  String caseNumber() {
    return blankToNull(caseKey);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
