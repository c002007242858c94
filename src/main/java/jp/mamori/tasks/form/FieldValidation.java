package jp.mamori.tasks.form;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The {@code validate} block of a form-js component. Bounds that the form gives as FEEL expressions are null:
 * they can only be evaluated in the browser, so the server cannot enforce them.
 *
 * @param pattern             regular expression the whole value must match, or null
 * @param patternErrorMessage the form author's explanation of {@code pattern}, or null
 * @param format              built-in format from {@code validationType}, or null
 * @param requiredWhen        the answer of another field that makes this one required, or null
 */
public record FieldValidation(
    boolean required,
    BigDecimal min,
    BigDecimal max,
    Integer minLength,
    Integer maxLength,
    String pattern,
    String patternErrorMessage,
    TextFormat format,
    RequiredWhen requiredWhen) implements Serializable {

  public static final FieldValidation NONE = new FieldValidation(false, null, null, null, null, null, null, null,
      null);
}
