package jp.mamori.tasks.form;

import java.util.List;

/**
 * A raw UI value after reading it for its field type: String, BigDecimal, Boolean, LocalDate or List of String,
 * null when left empty. An unreadable value (such as "12x" for a number) is reported by the validator.
 */
record SubmittedValue(Object value, boolean readable) {

  static final SubmittedValue UNREADABLE = new SubmittedValue(null, false);

  static SubmittedValue of(Object value) {
    return new SubmittedValue(value, true);
  }

  /** An unticked checkbox and an empty checklist count as empty, which is what "required" refuses. */
  boolean isEmpty() {
    return value == null || Boolean.FALSE.equals(value) || value instanceof List<?> list && list.isEmpty();
  }
}
