package jp.mamori.tasks;

import java.io.Serializable;
import java.util.Date;

/**
 * One line of a case's history.
 *
 * @param kind    a message key suffix: started, taskCreated, taskCompleted, comment, decision, ended
 * @param subject the task or procedure name, or the comment's text
 * @param note    the reason of a decision, or null
 */
public record HistoryEntry(Date at, String actorName, String kind, String subject, String note)
    implements Serializable {}
