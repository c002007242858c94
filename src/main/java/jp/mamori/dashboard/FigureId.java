package jp.mamori.dashboard;

/**
 * A figure id taken apart: {@code section.kind} or {@code section.kind:argument} (a procedure key, a role id, a
 * month). Arguments are ids, never text a user typed, and sections look them up before they use them.
 */
public record FigureId(String section, String kind, String argument) {

  public static FigureId parse(String id) {
    if (id == null) {
      return new FigureId("", "", null);
    }
    int dot = id.indexOf('.');
    if (dot < 0) {
      return new FigureId(id, "", null);
    }
    String rest = id.substring(dot + 1);
    int colon = rest.indexOf(':');
    return colon < 0 ? new FigureId(id.substring(0, dot), rest, null)
        : new FigureId(id.substring(0, dot), rest.substring(0, colon), rest.substring(colon + 1));
  }

  public static String of(String section, String kind, String argument) {
    return section + "." + kind + (argument == null ? "" : ":" + argument);
  }
}
