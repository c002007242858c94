package jp.mamori.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One answer of a self-check: conforming, nonconforming or not applicable, with the information manager's note. */
@Embeddable
public class Answer {

  public static final String CONFORMING = "conforming";
  public static final String NONCONFORMING = "nonconforming";
  public static final String NOT_APPLICABLE = "notApplicable";

  @Column(name = "answer", nullable = false)
  private String value;

  @Column(name = "note")
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
