package jp.mamori.organization.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The holiday list of the npm package {@code @holiday-jp/holiday_jp}, read from its {@code holidays.js} exactly as
 * published (see {@code holidays/holiday_jp/README.md}), so that the copy in the test resources stays untouched.
 */
final class HolidayJpList {

  private static final String RESOURCE = "/holidays/holiday_jp/holidays.js";
  private static final Pattern ENTRY = Pattern.compile(
      "date: \"(\\d{4}-\\d{2}-\\d{2})\",[^}]*?\\bname: \"([^\"]+)\"");
  private static final Pattern ANY_DATE = Pattern.compile("\\bdate: \"");

  private HolidayJpList() {
  }

  /** Every holiday of the list with its name as the list spells it (e.g. {@code こどもの日 振替休日}). */
  static NavigableMap<LocalDate, String> read() {
    String source = load();
    NavigableMap<LocalDate, String> holidays = new TreeMap<>();
    Matcher entry = ENTRY.matcher(source);
    while (entry.find()) {
      holidays.put(LocalDate.parse(entry.group(1)), entry.group(2));
    }
    long entries = ANY_DATE.matcher(source).results().count();
    if (entries != holidays.size()) {
      // a changed file layout must fail loudly, not silently compare fewer dates
      throw new IllegalStateException("read " + holidays.size() + " of " + entries + " entries of " + RESOURCE);
    }
    return Collections.unmodifiableNavigableMap(holidays);
  }

  private static String load() {
    try (InputStream in = HolidayJpList.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
