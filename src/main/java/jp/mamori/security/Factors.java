package jp.mamori.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a login has shown besides the password, kept as authorities of its authentication (ADR 0025): a passkey in
 * the session, or a personal API token on a REST request. No URL rule names them; the second-factor gates read them.
 */
final class Factors {

  private static final String PREFIX = "FACTOR_";
  static final String PASSKEY = PREFIX + "PASSKEY";
  static final String API_TOKEN = PREFIX + "API_TOKEN";

  private Factors() {}

  static boolean has(Authentication authentication, String factor) {
    return authentication != null
        && authentication.getAuthorities().stream().anyMatch(a -> factor.equals(a.getAuthority()));
  }

  /** The roles of the user plus the factor. */
  static List<GrantedAuthority> with(Collection<? extends GrantedAuthority> authorities, String factor) {
    List<GrantedAuthority> result = new ArrayList<>(authorities);
    result.add(new SimpleGrantedAuthority(factor));
    return result;
  }

  /** The factors a login has shown, without its roles. */
  static List<GrantedAuthority> of(Authentication authentication) {
    return authentication.getAuthorities().stream().filter(a -> a.getAuthority().startsWith(PREFIX))
        .<GrantedAuthority>map(a -> a).toList();
  }

  /** The roles of a staff member, as every login grants them. */
  static List<GrantedAuthority> roles(Collection<String> groupIds) {
    return groupIds.stream().<GrantedAuthority>map(g -> new SimpleGrantedAuthority("ROLE_" + g)).toList();
  }
}
