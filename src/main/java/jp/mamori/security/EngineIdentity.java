package jp.mamori.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as the logged-in user so that the engine's own authorization checks apply to what the
 * app does on the user's behalf, exactly as they apply to REST and the webapps.
 */
@Component
public class EngineIdentity {

  /** The engine knows the user until the scope is closed. */
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }

  private final IdentityService identityService;

  EngineIdentity(IdentityService identityService) {
    this.identityService = identityService;
  }

  public Scope as(StaffPrincipal user) {
    identityService.setAuthentication(user.userId(), user.groupIds());
    // requests are served by pooled threads: never leave an identity behind for the next request
    return identityService::clearAuthentication;
  }

  public <T> T callAs(StaffPrincipal user, Supplier<T> work) {
    try (Scope ignored = as(user)) {
      return work.get();
    }
  }

  public void runAs(StaffPrincipal user, Runnable work) {
    try (Scope ignored = as(user)) {
      work.run();
    }
  }
}
