package jp.mamori.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

/** The due-date badge of a task: overdue, due today, due within two days, later, or no due date. */
public enum DueState {
  OVERDUE, TODAY, SOON, LATER, NONE;

  public static DueState of(Date due, Clock clock) {
    if (due == null) {
      return NONE;
    }
    Instant now = clock.instant();
    if (due.toInstant().isBefore(now)) {
      return OVERDUE;
    }
    LocalDate dueDay = LocalDate.ofInstant(due.toInstant(), clock.getZone());
    LocalDate today = LocalDate.now(clock);
    if (dueDay.equals(today)) {
      return TODAY;
    }
    return dueDay.isAfter(today.plusDays(2)) ? LATER : SOON;
  }

  public String getStyleClass() {
    return "due-" + name().toLowerCase();
  }
}
