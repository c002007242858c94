package jp.mamori.security;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The second factor of the privileged roles (docs/adr/0025-second-factor.md): whether it is on, for which roles,
 * and the relying party the passkeys are bound to. {@code enabled} is read on every request, so the setting can
 * also be switched while the application runs (the tests do, on the one shared application).
 */
@ConfigurationProperties("mamori.security.second-factor")
public class SecondFactorSettings {

  private volatile boolean enabled = true;
  private List<String> roles = List.of("system-admin", "process-owner", "total-manager");
  private String rpId;
  private String rpName = "Mamori";
  /** Read by the WebAuthn ceremonies on each use (Webauthn4JRelyingPartyOperations keeps this very set). */
  private final Set<String> allowedOrigins = new CopyOnWriteArraySet<>();

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = List.copyOf(roles);
  }

  /** Whether a user of these groups must show a second factor now. */
  public boolean requiredFor(Collection<String> groupIds) {
    return enabled && groupIds.stream().anyMatch(roles::contains);
  }

  /** The relying party id: as set, else the host of the first allowed origin. */
  public String getRpId() {
    if (rpId != null && !rpId.isBlank()) {
      return rpId;
    }
    return allowedOrigins.stream().findFirst().map(o -> URI.create(o).getHost()).orElse("localhost");
  }

  public void setRpId(String rpId) {
    this.rpId = rpId;
  }

  public String getRpName() {
    return rpName;
  }

  public void setRpName(String rpName) {
    this.rpName = rpName;
  }

  /** The origins (scheme, host, port) the browser may run a ceremony on: the app's address as users open it. */
  public Set<String> getAllowedOrigins() {
    return allowedOrigins;
  }

  public void setAllowedOrigins(Set<String> origins) {
    allowedOrigins.clear();
    origins.stream().map(SecondFactorSettings::origin).forEach(allowedOrigins::add);
  }

  /** "https://mamori.example.jp/" → "https://mamori.example.jp": an origin has no path. */
  static String origin(String url) {
    URI uri = URI.create(url.trim());
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
  }
}
