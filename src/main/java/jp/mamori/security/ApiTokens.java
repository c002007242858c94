package jp.mamori.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import jp.mamori.trail.AuditTrail;
import jp.mamori.web.ActionRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens (ADR 0025): what a privileged user gives a script or Camunda Modeler for /engine-rest instead
 * of the password. A token is 32 random bytes, shown once at creation; only its SHA-256 is kept (a token has the
 * entropy of a key, so a plain hash is enough and lets it be looked up). Creation and revocation are in the trail.
 */
@Service
public class ApiTokens {

  /** Every token starts so; a Basic password with this prefix is taken as a token, never as a password. */
  public static final String PREFIX = "mamori_";
  private static final int LABEL_MAX = 200;

  private final ApiTokenRepository tokens;
  private final AuditTrail trail;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  ApiTokens(ApiTokenRepository tokens, AuditTrail trail, Clock clock) {
    this.tokens = tokens;
    this.trail = trail;
    this.clock = clock;
  }

  /** Creates a token for the user and returns it: the only time it is readable. */
  @Transactional
  public String create(String userId, String label) {
    if (label == null || label.isBlank()) {
      throw new ActionRefused("apiToken.error.label");
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    String name = label.strip().length() > LABEL_MAX ? label.strip().substring(0, LABEL_MAX) : label.strip();
    tokens.save(new ApiToken(userId, name, hash(token), clock.instant()));
    trail.security(userId, "API_TOKEN_CREATED", name);
    return token;
  }

  @Transactional
  public void revoke(String userId, Long id) {
    ApiToken token = tokens.findById(id).filter(t -> t.getUserId().equals(userId) && t.isActive())
        .orElseThrow(() -> new ActionRefused("apiToken.error.notFound"));
    token.revoke(userId, clock.instant());
    tokens.save(token);
    trail.security(userId, "API_TOKEN_REVOKED", token.getLabel());
  }

  @Transactional(readOnly = true)
  public List<ApiToken> of(String userId) {
    return tokens.findByUserIdOrderByCreatedAtDesc(userId);
  }

  /** The owner of an active token, noting its use; empty for an unknown or revoked one. */
  @Transactional
  public Optional<String> owner(String token) {
    if (token == null || !token.startsWith(PREFIX)) {
      return Optional.empty();
    }
    return tokens.findByTokenHash(hash(token)).filter(ApiToken::isActive).map(t -> {
      tokens.used(t.getId(), clock.instant());
      return t.getUserId();
    });
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
