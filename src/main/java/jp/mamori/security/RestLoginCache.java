package jp.mamori.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * HTTP Basic on /engine-rest sends the password with every call; this remembers a successful check for a short time
 * ({@code mamori.security.rest-login-cache}, default 30 s, zero = off), so that a client's next calls cost no
 * password check, user and role lookups and no transaction of their own (ADR 0036, docs/benchmarks.md).
 *
 * <p>What it keeps per node: the login (user, roles) under the user's id and a keyed hash of the password (HMAC
 * with a random key of this node, never the password). A wrong password is never remembered and always goes to the
 * identity service; a lock by {@link LoginThrottle} applies at once, remembered or not. What waits up to the time to
 * live on REST: a changed password (the old one still opens REST on a node that saw it succeed) and changed roles
 * (the same time a web session takes to read its roles again, ADR 0042). The login page never uses this.
 */
class RestLoginCache implements AuthenticationProvider {

  private static final int MAX_ENTRIES = 10_000;

  private record Remembered(Authentication login, Instant until) {}

  private final AuthenticationProvider identity;
  private final LoginThrottle throttle;
  private final Duration ttl;
  private final Clock clock;
  private final SecretKeySpec key;
  // a Mac per thread: looking up and keying one for every REST call cost more than the HMAC itself
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);
  private final Map<String, Remembered> logins = new ConcurrentHashMap<>();

  RestLoginCache(AuthenticationProvider identity, LoginThrottle throttle, Duration ttl, Clock clock) {
    this.identity = identity;
    this.throttle = throttle;
    this.ttl = ttl;
    this.clock = clock;
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    if (ttl.isZero() || ttl.isNegative() || authentication.getName() == null
        || authentication.getCredentials() == null) {
      return identity.authenticate(authentication);
    }
    String address = authentication.getDetails() instanceof WebAuthenticationDetails details
        ? details.getRemoteAddress() : null;
    if (throttle.lockedUntil(authentication.getName(), address).isPresent()) {
      throw new LockedException("Bad credentials");
    }
    String entry = entryOf(authentication.getName(), authentication.getCredentials().toString());
    Instant now = clock.instant();
    Remembered remembered = logins.get(entry);
    if (remembered != null && remembered.until().isAfter(now)) {
      return remembered.login();
    }
    Authentication login = identity.authenticate(authentication); // throws on a wrong password: nothing kept
    if (logins.size() >= MAX_ENTRIES) {
      logins.values().removeIf(r -> !r.until().isAfter(now));
      if (logins.size() >= MAX_ENTRIES) {
        logins.clear();
      }
    }
    logins.put(entry, new Remembered(login, now.plus(ttl)));
    return login;
  }

  private String entryOf(String userId, String password) {
    Mac mac = macs.get();
    mac.update(userId.getBytes(StandardCharsets.UTF_8));
    mac.update((byte) 0);
    return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
