package jp.mamori.tasks.form;

/** The form-js component types this application can render and validate. */
public enum FieldType {
  TEXTFIELD,
  TEXTAREA,
  NUMBER,
  CHECKBOX,
  SELECT,
  RADIO,
  CHECKLIST,
  /** A form-js {@code datetime} component with subtype {@code date}. */
  DATETIME,
  /** Read-only markdown or plain text. */
  TEXT,
  /** Kept so the UI can tell the user the form contains something it cannot show. */
  UNSUPPORTED;

  /** Whether a field of this type holds a value that belongs to a process variable. */
  public boolean holdsValue() {
    return this != TEXT && this != UNSUPPORTED;
  }

  /** Whether the user picks from the field's {@link FormField#options()}. */
  public boolean hasOptions() {
    return this == SELECT || this == RADIO || this == CHECKLIST;
  }

  static FieldType fromFormJs(String type, String subtype) {
    if (type == null) {
      return UNSUPPORTED;
    }
    return switch (type) {
      case "textfield" -> TEXTFIELD;
      case "textarea" -> TEXTAREA;
      case "number" -> NUMBER;
      case "checkbox" -> CHECKBOX;
      case "select" -> SELECT;
      case "radio" -> RADIO;
      // a taglist submits the same array of option values as a checklist; only the widget differs
      case "checklist", "taglist" -> CHECKLIST;
      // times need a time-zone and serialisation policy shared with Tasklist, which nobody has decided yet
      case "datetime" -> subtype == null || "date".equals(subtype) ? DATETIME : UNSUPPORTED;
      case "text" -> TEXT;
      default -> UNSUPPORTED;
    };
  }
}
