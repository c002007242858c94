package jp.mamori.tasks;

import java.io.Serializable;
import java.util.Date;

/** A case the user filed, for "my requests": its engine id (the case page), number, procedure, when it started and whether it has ended. */
public record StartedCase(String id, String businessKey, String procedureName, Date started, Date ended)
    implements Serializable {

  public boolean isOpen() {
    return ended == null;
  }
}
