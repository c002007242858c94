package jp.mamori.modeling;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.mamori.web.RequestWithBody;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of the engine's REST API (ADR 0006): refuses a deployment request whose multipart body could be read
 * more than one way ({@link MultipartShape}) with 400 before the engine reads it. Everything else — which models,
 * whether they pass — is the engine's reading and the gate inside the engine ({@link GateDeployer}).
 */
class DeploymentGateFilter extends OncePerRequestFilter {

  /** {@code /engine-rest}, also under {@code /engine/{name}/}, and the same API behind Cockpit. */
  private static final Pattern CREATE = Pattern.compile(
      "^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)/deployment/create/?$");
  /** Far larger than any deployment a hospital makes (models are limited to 2 MB each); not read into memory. */
  private static final int MAX_BODY = 20 * 1024 * 1024;

  private final GateRefusal refusal;

  DeploymentGateFilter(GateRefusal refusal) {
    this.refusal = refusal;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !"POST".equalsIgnoreCase(request.getMethod()) || !CREATE.matcher(path).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    Optional<String> ambiguity = MultipartShape.ambiguity(request.getContentType(), body);
    if (ambiguity.isPresent()) {
      refusal.write(request, response,
          List.of(new GateProblem("(request)", null, GateRule.AMBIGUOUS_REQUEST, ambiguity.get())));
      return;
    }
    chain.doFilter(new RequestWithBody(request, body), response);
  }
}
