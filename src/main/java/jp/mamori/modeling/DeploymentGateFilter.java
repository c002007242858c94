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
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
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
    chain.doFilter(new CachedBody(request, body), response);
  }

  /** Gives the engine the body the filter has read. */
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
