package jp.mamori.incident;

import java.util.Map;

/** Japanese labels of the report form's option values, for summaries, the log and the printed reports. */
public final class IncidentLabels {

  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("leak", "漏えい"), Map.entry("loss", "滅失"), Map.entry("damage", "き損"),
      Map.entry("suspected", "疑い"), Map.entry("confirmed", "確定"),
      Map.entry("paper", "紙"), Map.entry("electronic", "電子"), Map.entry("both", "紙・電子"),
      Map.entry("yes", "封じ込め済み"), Map.entry("no", "未封じ込め"), Map.entry("unknown", "不明"),
      Map.entry("none", "なし"), Map.entry("possible", "おそれあり"), Map.entry("occurred", "発生"),
      Map.entry("notified", "本人に通知"), Map.entry("published", "公表(通知が困難)"),
      Map.entry("reported", "報告した"), Map.entry("notNeeded", "報告不要"),
      Map.entry("medical", "病歴・診療情報"), Map.entry("genetic", "遺伝情報"), Map.entry("disability", "障害の情報"),
      Map.entry("criminal", "犯罪歴・犯罪被害の情報"), Map.entry("creed", "信条・人種・社会的身分"),
      Map.entry("other", "その他の要配慮個人情報"),
      Map.entry("total-manager", "総括個人情報管理者"), Map.entry("supervising-manager", "個人情報統括管理者"));

  private IncidentLabels() {}

  /** The label of an option value, or the text itself when it is not an option value. */
  public static String value(String value) {
    return value == null ? "—" : LABELS.getOrDefault(value, value);
  }

  /** A list stored joined by 、 (e.g. the special categories), each value labelled. */
  public static String list(String joined) {
    if (joined == null || joined.isBlank()) {
      return "—";
    }
    return java.util.Arrays.stream(joined.split("、")).map(IncidentLabels::value)
        .collect(java.util.stream.Collectors.joining("、"));
  }

  public static String type(String value) {
    return value(value);
  }

  public static String certainty(String value) {
    return value(value);
  }

  public static String medium(String value) {
    return value(value);
  }

  public static String contained(String value) {
    return value(value);
  }
}
