package jp.mamori.notification;

import java.time.Instant;
import jp.mamori.storage.KeyedByUser;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A person's choice of {@link Delivery}; a person without a row gets each notice at once. */
@Table("notification_preference")
class NotificationPreference extends KeyedByUser {

  @Id
  @Column("user_id")
  private String userId;

  private Delivery delivery;

  @Column("updated_at")
  private Instant updatedAt;

  protected NotificationPreference() {}

  NotificationPreference(String userId, Delivery delivery, Instant at) {
    super(true);
    this.userId = userId;
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
}
