package jp.mamori.notification;

import java.util.List;
import jp.mamori.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/** The header's unread count and the notifications page. */
@Component
@RequestScope
public class NotificationBell {

  private final Notifications notifications;
  private final CurrentUser currentUser;
  private Long unread;

  NotificationBell(Notifications notifications, CurrentUser currentUser) {
    this.notifications = notifications;
    this.currentUser = currentUser;
  }

  public long getUnread() {
    if (unread == null) {
      unread = currentUser.principal().map(p -> notifications.unreadCount(p.userId())).orElse(0L);
    }
    return unread;
  }

  public List<Notification> getLatest() {
    return notifications.latestFor(currentUser.require().userId(), 100);
  }

  public void markAllRead() {
    notifications.markAllRead(currentUser.require().userId());
    unread = 0L;
  }
}
