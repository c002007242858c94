package jp.mamori.modeling;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.mamori.security.CurrentUser;
import jp.mamori.security.StaffPrincipal;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.Resource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The deployment gate in front of the engine's REST API (ADR 0006): a deployment from the Camunda Modeler
 * ({@code POST /engine-rest/deployment/create}, also under {@code /engine/{name}/}) or a redeployment of an
 * earlier one is checked by {@link DeploymentGate} before the engine sees it; a refused one gets 400 with the
 * problems itemized, and nothing is deployed. Callers who may not deploy at all are left to the engine, which
 * refuses them with its own 403.
 */
class DeploymentGateFilter extends OncePerRequestFilter {

  private static final Pattern CREATE =
      Pattern.compile("^/engine-rest(?:/engine/[^/]+)?/deployment/create/?$");
  private static final Pattern REDEPLOY =
      Pattern.compile("^/engine-rest(?:/engine/[^/]+)?/deployment/([^/]+)/redeploy/?$");
  /** Larger than any model a hospital draws; a bigger body is not read into memory. */
  private static final int MAX_BODY = 20 * 1024 * 1024;

  private final DeploymentGate gate;
  private final CurrentUser currentUser;
  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final RepositoryService repositoryService;
  private final GateRefusal refusal;

  DeploymentGateFilter(DeploymentGate gate, CurrentUser currentUser, IdentityService identityService,
      AuthorizationService authorizationService, RepositoryService repositoryService, GateRefusal refusal) {
    this.gate = gate;
    this.currentUser = currentUser;
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.repositoryService = repositoryService;
    this.refusal = refusal;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    if (!"POST".equalsIgnoreCase(request.getMethod())) {
      return true;
    }
    String path = path(request);
    return !CREATE.matcher(path).matches() && !REDEPLOY.matcher(path).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<StaffPrincipal> user = currentUser.principal();
    if (user.isEmpty() || !mayDeploy(user.get())) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    Map<String, byte[]> resources = resources(request, body);
    List<GateProblem> problems = resources == null
        ? List.of(new GateProblem("(request)", null, GateRule.UNREADABLE, "multipart/form-data"))
        : asApplication(user.get(), () -> gate.check(resources));
    if (!problems.isEmpty()) {
      refusal.write(request, response, problems);
      return;
    }
    chain.doFilter(new CachedBody(request, body), response);
  }

  /** What the engine would deploy; null when the request cannot be read exactly. */
  private Map<String, byte[]> resources(HttpServletRequest request, byte[] body) throws IOException {
    Matcher redeploy = REDEPLOY.matcher(path(request));
    if (!redeploy.matches()) {
      return MultipartBody.parse(request.getContentType(), body).map(MultipartBody::resources).orElse(null);
    }
    // a redeployment copies resources of an earlier deployment: all of them are checked again, because they may
    // have been deployed before the gate existed
    Map<String, byte[]> resources = new LinkedHashMap<>();
    String deploymentId = redeploy.group(1);
    List<Resource> stored = asApplication(currentUser.require(),
        () -> repositoryService.createDeploymentQuery().deploymentId(deploymentId).count() == 0
            ? List.<Resource>of() : repositoryService.getDeploymentResources(deploymentId));
    for (Resource resource : stored) {
      try (InputStream in = asApplication(currentUser.require(),
          () -> repositoryService.getResourceAsStreamById(deploymentId, resource.getId()))) {
        resources.put(resource.getName(), in.readAllBytes());
      }
    }
    return resources;
  }

  /** The engine decides who may deploy; only those get the gate's itemized answer. */
  private boolean mayDeploy(StaffPrincipal user) {
    return asApplication(user, () -> authorizationService.isUserAuthorized(user.userId(), user.groupIds(),
        Permissions.CREATE, Resources.DEPLOYMENT));
  }

  /**
   * The gate looks up groups and deployments as the application, then hands the user back to the engine for the
   * deployment itself.
   */
  private <T> T asApplication(StaffPrincipal user, Supplier<T> work) {
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      identityService.setAuthentication(user.userId(), user.groupIds());
    }
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  /** Gives the engine the body the gate has read. */
  private static final class CachedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("blocking reads only");
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }
      };
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
