package jp.mamori.notification;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A person's choice of {@link Delivery}; a person without a row gets each notice at once. */
@Table("notification_preference")
class NotificationPreference implements Persistable<String> {

  @Id
  @Column("user_id")
  private String userId;

  private Delivery delivery;

  @Column("updated_at")
  private Instant updatedAt;

  /** The key is the user id, never generated: only a row made here is inserted, one read back is updated. */
  @Transient
  private boolean created;

  protected NotificationPreference() {}

  NotificationPreference(String userId, Delivery delivery, Instant at) {
    this.userId = userId;
    this.created = true;
    choose(delivery, at);
  }

  void choose(Delivery delivery, Instant at) {
    this.delivery = delivery;
    this.updatedAt = at;
  }

  Delivery getDelivery() {
    return delivery;
  }

  @Override
  public String getId() {
    return userId;
  }

  @Override
  public boolean isNew() {
    return created;
  }
}
