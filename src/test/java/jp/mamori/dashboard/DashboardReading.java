package jp.mamori.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a figure and the rows behind it as the dashboard page does, for the tests of the capabilities' sections. */
public final class DashboardReading {

  private DashboardReading() {}

  public static long figure(Dashboard dashboard, String id) {
    return dashboard.figures(FigureId.parse(id).section(), Locale.JAPANESE).orElseThrow().rows().stream()
        .flatMap(r -> r.figures().stream()).filter(f -> f != null && f.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no figure " + id)).value();
  }

  public static List<Map<String, Object>> rowsBehind(Dashboard dashboard, String id) {
    FigureList list = dashboard.list(id, Locale.JAPANESE).orElseThrow(() -> new AssertionError("no list " + id));
    return list.page(0, (int) Math.max(1, list.count()));
  }
}
