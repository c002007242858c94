package jp.mamori.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The app's CSV files (the audit report, a PPC report, the dashboard's lists): UTF-8 with a byte-order mark so
 * that Excel reads the Japanese right, RFC 4180 quoting, and every cell defused against formula injection.
 */
public final class Csv {

  /**
   * What a spreadsheet may read as the start of a formula: = + - @, and TAB, CR, LF, which some spreadsheets skip
   * before looking for one (OWASP "CSV injection").
   */
  private static final String FORMULA_STARTS = "=+-@\t\r\n";

  private Csv() {}

  /** A text that no spreadsheet runs: one starting like a formula gets a leading apostrophe, shown as text. */
  public static String neutralize(String text) {
    return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  /** One cell: neutralized, quoted, quotes doubled; null is empty. */
  public static String cell(Object value) {
    String text = neutralize(value == null ? "" : value.toString());
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }

  /** Starts a CSV download: the headers, the byte-order mark, and a writer for the rows. */
  public static Writer download(HttpServletResponse response, String fileName) throws IOException {
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader("Content-Disposition",
        "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9.-]", "") + "\"");
    Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    out.write('\uFEFF');
    return out;
  }

  /** Writes one row, CRLF-terminated as RFC 4180 asks. */
  public static void row(Writer out, Object... cells) throws IOException {
    out.write(Stream.of(cells).map(Csv::cell).collect(Collectors.joining(",")) + "\r\n");
  }
}
