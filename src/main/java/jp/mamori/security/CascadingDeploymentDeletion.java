package jp.mamori.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * {@code DELETE .../deployment/{id}?cascade=true}: the engine asks only for DELETE on the deployment — which Camunda
 * grants whoever deployed it — and then deletes every case of its procedures with it. Deleting cases is nobody's
 * right here (docs/security.md), so a deletion that would take cases with it is refused on REST and in Cockpit; a
 * deployment without cases can still be deleted without {@code cascade}.
 */
final class CascadingDeploymentDeletion implements RequestMatcher {

  static final RequestMatcher OVER_ENGINE_REST = new CascadingDeploymentDeletion("/engine-rest",
      "/engine-rest/engine/*");
  static final RequestMatcher OVER_WEBAPP_API = new CascadingDeploymentDeletion("/camunda/api/engine/engine/*");

  private final RequestMatcher[] deployments;

  private CascadingDeploymentDeletion(String... roots) {
    deployments = Arrays.stream(roots).map(root -> AntPathRequestMatcher.antMatcher(root + "/deployment/**"))
        .toArray(RequestMatcher[]::new);
  }

  @Override
  public boolean matches(HttpServletRequest request) {
    if (!"DELETE".equalsIgnoreCase(request.getMethod()) || !"true".equalsIgnoreCase(request.getParameter("cascade"))) {
      return false;
    }
    for (RequestMatcher deployment : deployments) {
      if (deployment.matches(request)) {
        return true;
      }
    }
    return false;
  }
}
