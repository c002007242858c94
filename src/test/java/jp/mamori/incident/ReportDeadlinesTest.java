package jp.mamori.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * APPI deadlines count calendar days from the day of awareness (規則第8条): the first day is not counted (民法第140条)
 * and weekends and public holidays do not extend them — unlike the business days of internal tasks.
 */
class ReportDeadlinesTest {

  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  @Test
  void thePreliminaryReportOverGoldenWeekIsDueThreeCalendarDaysLaterNotThreeBusinessDays() {
    // Friday 2026-05-01, 14:00: 5/2 Sat, 5/3 憲法記念日, 5/4 みどりの日 — still due on 5/4, a holiday
    var aware = LocalDateTime.of(2026, 5, 1, 14, 0).atZone(TOKYO).toInstant();
    ZonedDateTime due = ReportDeadlines.due(aware, 3, TOKYO).atZone(TOKYO);
    assertThat(due.toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 5, 4, 23, 59, 59));
  }

  @Test
  void theFinalReportIsDueThirtyOrSixtyCalendarDaysAfterTheDayOfAwareness() {
    var aware = LocalDateTime.of(2026, 11, 22, 23, 30).atZone(TOKYO).toInstant();
    assertThat(ReportDeadlines.due(aware, 30, TOKYO).atZone(TOKYO).toLocalDate()).isEqualTo(LocalDate.of(2026, 12, 22));
    assertThat(ReportDeadlines.due(aware, 60, TOKYO).atZone(TOKYO).toLocalDate()).isEqualTo(LocalDate.of(2027, 1, 21));
  }

  @Test
  void theDayIsTheHospitalsDayNotUtcs() {
    // 2026-11-22 08:00 in Tokyo is still 11-21 in UTC: the deadline counts from the Tokyo date
    var aware = LocalDateTime.of(2026, 11, 22, 8, 0).atZone(TOKYO).toInstant();
    assertThat(ReportDeadlines.due(aware, 3, TOKYO).atZone(TOKYO).toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 25));
  }
}
