package jp.mamori.security;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The engine's password check for another user ({@code POST /identity/verify}) is refused for everyone, over REST and
 * the webapps' engine API. It answers whether a password is someone's, without the login throttle (ADR 0026) and
 * without a trace: tried from outside, the system administrator (who may read users) tested twelve wrong passwords
 * of the director and then the right one, and the director's account never noticed. Nothing in the app or the
 * webapps uses it; a person's own password is checked by the login, and by the engine when they change it.
 */
final class PasswordVerification {

  static final RequestMatcher OVER_ENGINE_REST = new OrRequestMatcher(antMatcher("/engine-rest/identity/verify"),
      antMatcher("/engine-rest/engine/*/identity/verify"));

  static final RequestMatcher OVER_WEBAPP_API = antMatcher("/camunda/api/engine/engine/*/identity/verify");

  private PasswordVerification() {}
}
