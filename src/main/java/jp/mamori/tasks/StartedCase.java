package jp.mamori.tasks;

import java.io.Serializable;
import java.util.Date;

/** A case the user filed, for "my requests": its number, procedure, when it started and whether it has ended. */
public record StartedCase(String businessKey, String procedureName, Date started, Date ended)
    implements Serializable {

  public boolean isOpen() {
    return ended == null;
  }
}
