package jp.mamori.tasks.form;

import java.io.Serializable;
/** A refused field value; {@code message} is already localized and names the field. */
public record FieldError(String fieldKey, String fieldLabel, String message) implements Serializable {
}
