package jp.mamori.storage;

import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;

/**
 * A row whose key is a user id, never generated: Spring Data JDBC would take every such row for one to update. A
 * row made in the app is inserted; one read back (through the no-argument constructor) is updated.
 */
public abstract class KeyedByUser implements Persistable<String> {

  @Transient
  private final boolean made;

  /** For rows read back. */
  protected KeyedByUser() {
    this.made = false;
  }

  /** For a row made in the app, to be inserted by its first save. */
  protected KeyedByUser(boolean made) {
    this.made = made;
  }

  @Override
  public boolean isNew() {
    return made;
  }
}
