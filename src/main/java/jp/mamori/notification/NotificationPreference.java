package jp.mamori.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's choice of {@link Delivery}; a person without a row gets each notice at once. */
@Entity
@Table(name = "notification_preference")
class NotificationPreference {

  @Id
  @Column(name = "user_id")
  private String userId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Delivery delivery;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected NotificationPreference() {}

  NotificationPreference(String userId, Delivery delivery, Instant at) {
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
}
