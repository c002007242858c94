package jp.mamori.tasks.form;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.mamori.web.BidiControls;

/** The validation rules of form-js, checked in the order a user would fix them: one message per field. */
final class FieldRules {

  private FieldRules() {
  }

  static Violation unreadable(FieldType type) {
    return switch (type) {
      case NUMBER -> new Violation("number.invalid");
      case DATETIME -> new Violation("date.invalid");
      default -> new Violation("invalid");
    };
  }

  /** @param required whether the field must be filled in, by its own rule or by another field's answer */
  static Optional<Violation> firstViolation(FormField field, SubmittedValue submitted, boolean required) {
    if (submitted.isEmpty()) {
      return required ? Optional.of(required(field.type())) : Optional.empty();
    }
    Object value = submitted.value();
    return switch (field.type()) {
      case TEXTFIELD, TEXTAREA -> textViolation(field.validation(), (String) value);
      case NUMBER -> numberViolation(field, (BigDecimal) value);
      case SELECT, RADIO -> optionViolation(field, List.of((String) value));
      case CHECKLIST -> optionViolation(field, castToTexts(value));
      default -> Optional.empty();
    };
  }

  private static Violation required(FieldType type) {
    return switch (type) {
      case CHECKBOX -> new Violation("required.checkbox");
      case CHECKLIST -> new Violation("required.checklist");
      default -> new Violation("required");
    };
  }

  /** Lengths count characters as people see them, so a rare kanji outside the BMP counts once. */
  private static Optional<Violation> textViolation(FieldValidation rules, String value) {
    if (BidiControls.containsAny(value)) {
      // invisible, and they make a text read otherwise than it is written (docs/security.md, "The web layer")
      return violation("bidi");
    }
    int length = value.codePointCount(0, value.length());
    if (rules.minLength() != null && length < rules.minLength()) {
      return violation("minLength", rules.minLength());
    }
    if (rules.maxLength() != null && length > rules.maxLength()) {
      return violation("maxLength", rules.maxLength());
    }
    if (rules.format() != null && !rules.format().matches(value)) {
      return violation(rules.format().messageKey());
    }
    return patternViolation(rules, value);
  }

  private static Optional<Violation> numberViolation(FormField field, BigDecimal value) {
    Integer allowedDecimals = field.decimalDigits();
    if (allowedDecimals != null && decimalPlaces(value) > allowedDecimals) {
      return allowedDecimals == 0 ? violation("number.integer") : violation("number.decimalDigits", allowedDecimals);
    }
    FieldValidation rules = field.validation();
    if (rules.min() != null && value.compareTo(rules.min()) < 0) {
      return violation("min", rules.min().toPlainString());
    }
    if (rules.max() != null && value.compareTo(rules.max()) > 0) {
      return violation("max", rules.max().toPlainString());
    }
    return patternViolation(rules, value.toPlainString());
  }

  /** Like form-js, 1.50 has one decimal place. */
  private static int decimalPlaces(BigDecimal value) {
    return Math.max(0, value.stripTrailingZeros().scale());
  }

  /**
   * The whole value must match, as in an HTML {@code pattern} attribute; form-js itself only searches for a
   * match (RegExp.test), which lets "[0-9]{7}" accept "12345678x".
   */
  private static Optional<Violation> patternViolation(FieldValidation rules, String value) {
    if (rules.pattern() == null || Pattern.compile(rules.pattern()).matcher(value).matches()) {
      return Optional.empty();
    }
    return rules.patternErrorMessage() == null
        ? violation("pattern")
        : violation("pattern.custom", rules.patternErrorMessage());
  }

  /** Options come from the form, never from the request: a value the user was not offered is refused. */
  private static Optional<Violation> optionViolation(FormField field, List<String> values) {
    return values.stream().allMatch(field::offersOption) ? Optional.empty() : violation("option");
  }

  @SuppressWarnings("unchecked")
  private static List<String> castToTexts(Object checklistValue) {
    return (List<String>) checklistValue;
  }

  private static Optional<Violation> violation(String messageKey, Object... arguments) {
    return Optional.of(new Violation(messageKey, arguments));
  }
}
