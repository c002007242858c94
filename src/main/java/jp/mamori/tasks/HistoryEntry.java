package jp.mamori.tasks;

import java.io.Serializable;
import java.util.Date;

/**
 * One line of a case's history, in words.
 *
 * @param kind     a message key suffix: started, taskCreated, taskCompleted, comment, decision, ended, …
 * @param subject  the task or procedure name, or the comment's text
 * @param note     the reason of a decision, or whom a new task went to; or null
 * @param decision the decision as the form offered it to the person (its option's label), or null
 * @param subjectAsWritten whether the subject is shown as it was recorded (no task's name, no bundle text for it)
 */
public record HistoryEntry(Date at, String actorName, String kind, String subject, String note, String decision,
    boolean subjectAsWritten) implements Serializable {

  public HistoryEntry(Date at, String actorName, String kind, String subject, String note) {
    this(at, actorName, kind, subject, note, null, false);
  }

  public HistoryEntry(Date at, String actorName, String kind, String subject, String note, String decision) {
    this(at, actorName, kind, subject, note, decision, false);
  }

  /** Whether the subject is what someone wrote (a comment, a case number), not a name the app translates. */
  public boolean isSubjectData() {
    return subjectAsWritten || "comment".equals(kind) || "started".equals(kind);
  }
}
