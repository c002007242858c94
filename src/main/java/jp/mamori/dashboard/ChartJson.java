package jp.mamori.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A section's table as a Chart.js configuration, the JSON that PrimeFaces' {@code p:chart} takes. Built with
 * Jackson, so labels (procedure names) are escaped as JSON; no script of ours runs in the page (CSP).
 */
final class ChartJson {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> PALETTE = List.of("#2563eb", "#dc2626", "#16a34a", "#d97706", "#7c3aed",
      "#0891b2", "#db2777", "#65a30d", "#475569", "#ea580c");

  private ChartJson() {}

  static String of(SectionFigures section) {
    return of(section, null);
  }

  /**
   * The chart of a section; a line chart draws only the chosen row (issue #17 item 12: twelve months of ten lines
   * cannot be read), the first when none or an unknown one is chosen.
   */
  static String of(SectionFigures section, Integer chosenRow) {
    List<FigureRow> rows = section.rows().stream().filter(r -> !r.summary()).toList();
    if (section.chart() == ChartKind.LINE && rows.size() > 1) {
      rows = List.of(rows.get(chosenRow != null && chosenRow >= 0 && chosenRow < rows.size() ? chosenRow : 0));
    }
    Map<String, Object> data = new LinkedHashMap<>();
    List<Map<String, Object>> datasets = new ArrayList<>();
    if (section.chart() == ChartKind.BAR) {
      // a bar group per row, a colour per column
      data.put("labels", rows.stream().map(FigureRow::label).toList());
      for (int c = 0; c < section.columns().size(); c++) {
        int column = c;
        datasets.add(dataset(section.columns().get(c), rows.stream().map(r -> value(r, column)).toList(), c, false));
      }
    } else {
      // a line per row over the columns
      data.put("labels", section.columns());
      for (int r = 0; r < rows.size(); r++) {
        datasets.add(dataset(rows.get(r).label(), rows.get(r).figures().stream()
            .map(f -> f == null ? null : f.value()).toList(), r, true));
      }
    }
    data.put("datasets", datasets);
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("type", section.chart() == ChartKind.BAR ? "bar" : "line");
    config.put("data", data);
    // no animation: the figures are a snapshot, and a screenshot shows them drawn
    config.put("options", Map.of("animation", false, "responsive", true, "maintainAspectRatio", false,
        "plugins", Map.of("legend", Map.of("position", "bottom")),
        "scales", Map.of("y", Map.of("beginAtZero", true, "ticks", Map.of("precision", 0)))));
    try {
      return JSON.writeValueAsString(config);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Long value(FigureRow row, int column) {
    Figure f = column < row.figures().size() ? row.figures().get(column) : null;
    return f == null ? null : f.value();
  }

  private static Map<String, Object> dataset(String label, List<Long> values, int index, boolean line) {
    String colour = PALETTE.get(index % PALETTE.size());
    Map<String, Object> set = new LinkedHashMap<>();
    set.put("label", label);
    set.put("data", values);
    set.put("backgroundColor", colour);
    set.put("borderColor", colour);
    if (line) {
      set.put("fill", false);
      set.put("tension", 0);
    }
    return set;
  }
}
