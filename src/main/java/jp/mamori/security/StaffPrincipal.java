package jp.mamori.security;

import java.io.Serializable;
import java.security.Principal;
import java.util.List;

/** The logged-in user as the session keeps it; groups are the roles' Camunda group ids. */
public record StaffPrincipal(String userId, String displayName, List<String> groupIds)
    implements Principal, Serializable {

  @Override
  public String getName() {
    return userId;
  }
}
