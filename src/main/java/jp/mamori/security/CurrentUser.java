package jp.mamori.security;

import java.util.List;
import java.util.Optional;
import jp.mamori.organization.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The user of the current request, as Spring Security authenticated them. */
@Component("currentUser")
public class CurrentUser {

  public Optional<StaffPrincipal> principal() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof StaffPrincipal p ? Optional.of(p) : Optional.empty();
  }

  public StaffPrincipal require() {
    return principal().orElseThrow(() -> new AccessDeniedException("not logged in"));
  }

  public String getId() {
    return principal().map(StaffPrincipal::userId).orElse(null);
  }

  public String getDisplayName() {
    return principal().map(StaffPrincipal::displayName).orElse("");
  }

  public List<String> groupIds() {
    return principal().map(StaffPrincipal::groupIds).orElse(List.of());
  }

  public boolean hasRole(Role role) {
    return groupIds().contains(role.groupId());
  }

  /** For pages: {@code #{currentUser.has('executive')}}. */
  public boolean has(String groupId) {
    return groupIds().contains(groupId);
  }
}
