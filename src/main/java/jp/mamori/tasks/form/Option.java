package jp.mamori.tasks.form;

import java.io.Serializable;
/** One choice of a select, radio or checklist field: {@code value} is what gets stored. */
public record Option(String label, String value) implements Serializable {
}
