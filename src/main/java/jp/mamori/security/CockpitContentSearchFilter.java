package jp.mamori.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Map;
import java.util.Set;
import jp.mamori.trail.AuditTrail;
import jp.mamori.trail.CaseRef;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.LocaleSelection;
import jp.mamori.web.Messages;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cockpit's own search of running cases ({@code /camunda/api/cockpit/plugin/base/{engine}/process-instance}, also
 * its count and a case's called cases) does not go through the engine's queries, so the content-search rule
 * ({@link ContentSearches}, ADR 0062) is applied here: a search with variable filters must name a procedure version
 * whose content the person reads. Without variables the request passes untouched.
 */
class CockpitContentSearchFilter extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final AuthorizationService authorizations;
  private final CurrentUser currentUser;
  private final RepositoryService repository;
  private final AuditTrail trail;

  CockpitContentSearchFilter(AuthorizationService authorizations, CurrentUser currentUser,
      RepositoryService repository, AuditTrail trail) {
    this.authorizations = authorizations;
    this.currentUser = currentUser;
    this.repository = repository;
    this.trail = trail;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().contains("/process-instance");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    StaffPrincipal user = currentUser.principal().orElse(null);
    if (user == null) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = "POST".equals(request.getMethod()) ? request.getInputStream().readAllBytes() : new byte[0];
    String definitionId = request.getParameter("processDefinitionId");
    boolean byContent = request.getParameter("variables") != null && !request.getParameter("variables").isBlank();
    if (body.length > 0) {
      JsonNode query = readJson(body);
      byContent |= query.path("variables").isArray() && !query.path("variables").isEmpty();
      definitionId = query.hasNonNull("processDefinitionId") ? query.path("processDefinitionId").asText()
          : definitionId;
    }
    if (byContent) {
      try {
        ContentSearches.require(authorizations, user.userId(), user.groupIds(),
            ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, procedureOf(definitionId));
      } catch (ActionRefused refused) {
        refuse(request, response, user.userId(), refused);
        return;
      }
    }
    chain.doFilter(new Replayed(request, body), response);
  }

  private static JsonNode readJson(byte[] body) {
    try {
      return JSON.readTree(body);
    } catch (IOException notJson) {
      // Cockpit's resource answers a broken body itself
      return JSON.createObjectNode();
    }
  }

  private Set<String> procedureOf(String definitionId) {
    if (definitionId == null) {
      return Set.of();
    }
    ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionId(definitionId)
        .singleResult();
    return definition == null ? Set.of() : Set.of(definition.getKey());
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response, String userId, ActionRefused refused)
      throws IOException {
    String message = Messages.text(LocaleSelection.requested(request), refused.messageKey());
    trail.refused(userId, refused.messageKey(), CaseRef.NONE,
        request.getMethod() + " " + request.getRequestURI() + ": " + message);
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(JSON.writeValueAsString(
        Map.of("type", "ActionRefused", "message", message, "messageKey", refused.messageKey())));
  }

  /** The request with its body read once here and again by Cockpit's resource. */
  private static final class Replayed extends HttpServletRequestWrapper {

    private final byte[] body;

    Replayed(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (body.length == 0) {
        return super.getInputStream();
      }
      ByteArrayInputStream bytes = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return bytes.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("read synchronously");
        }
      };
    }

    @Override
    public BufferedReader getReader() throws IOException {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
