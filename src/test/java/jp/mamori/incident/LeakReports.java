package jp.mamori.incident;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The report form's variables for a leak of medical data (要配慮), as a reporter fills them in. */
public final class LeakReports {

  private LeakReports() {}

  /** Two referral letters (or whatever {@code whatHappened} says) handed to the wrong patient, found an hour ago. */
  public static Map<String, Object> medical(Clock clock, String whatHappened) {
    Map<String, Object> vars = new HashMap<>();
    LocalDateTime found = LocalDateTime.now(clock).minusHours(1);
    vars.put("incidentType", "leak");
    vars.put("certainty", "confirmed");
    vars.put("foundDate", found.toLocalDate().toString());
    vars.put("foundTime", found.toLocalTime().withSecond(0).withNano(0).toString());
    vars.put("whatHappened", whatHappened);
    vars.put("dataItems", "氏名、病名、検査結果");
    vars.put("personCount", 2L);
    vars.put("specialCategories", List.of("medical"));
    vars.put("medium", "paper");
    vars.put("contained", "no");
    return vars;
  }
}
