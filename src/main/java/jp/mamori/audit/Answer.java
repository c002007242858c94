package jp.mamori.audit;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** One answer of a self-check: conforming, nonconforming or not applicable, with the information manager's note. */
@Table("audit_answer")
public class Answer {

  public static final String CONFORMING = "conforming";
  public static final String NONCONFORMING = "nonconforming";
  public static final String NOT_APPLICABLE = "notApplicable";

  @Column("answer")
  private String value;

  private String note;

  protected Answer() {}

  public Answer(String value, String note) {
    if (!CONFORMING.equals(value) && !NONCONFORMING.equals(value) && !NOT_APPLICABLE.equals(value)) {
      throw new IllegalArgumentException("not an answer: " + value);
    }
    this.value = value;
    this.note = note;
  }

  public String getValue() {
    return value;
  }

  public String getNote() {
    return note;
  }

  public boolean isNonconforming() {
    return NONCONFORMING.equals(value);
  }
}
