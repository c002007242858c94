package jp.mamori.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine's refusals in Cockpit, Tasklist and Admin in Japanese. When the engine refuses an action (an
 * executive cancelling a case), the webapps show their own translated heading followed by the engine's message,
 * which is English ("The user with id 'exec' does not have 'UPDATE' permission on resource ..."). For a browser
 * whose first language is Japanese — the webapps' own rule (docs/webapps.md) — this filter rewrites the
 * {@code message} of a 403 {@code AuthorizationException} answer of /camunda/api/engine into Japanese, naming the
 * missing permission and resource; type, user and missing authorizations stay as they were.
 */
@Configuration
class WebappRefusals {

  @Bean
  FilterRegistrationBean<InJapanese> webappRefusalsInJapanese() {
    var registration = new FilterRegistrationBean<>(new InJapanese());
    registration.addUrlPatterns("/camunda/api/engine/*");
    // after the webapps' CSRF check (102), before Camunda's own filters
    registration.setOrder(103);
    return registration;
  }

  static final class InJapanese extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !Locale.JAPANESE.getLanguage().equals(request.getLocale().getLanguage());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
      try {
        chain.doFilter(request, buffered);
      } finally {
        if (buffered.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
          translate(buffered);
        }
        buffered.copyBodyToResponse();
      }
    }

    private static void translate(ContentCachingResponseWrapper response) throws IOException {
      JsonNode body;
      try {
        body = JSON.readTree(response.getContentAsByteArray());
      } catch (IOException e) {
        return;
      }
      if (body instanceof ObjectNode refusal && "AuthorizationException".equals(refusal.path("type").asText())) {
        refusal.put("message", message(refusal));
        response.resetBuffer();
        response.getOutputStream().write(JSON.writeValueAsString(refusal).getBytes(StandardCharsets.UTF_8));
      }
    }

    static String message(JsonNode refusal) {
      String missing = StreamSupport.stream(refusal.path("missingAuthorizations").spliterator(), false)
          .map(m -> Messages.text(Locale.JAPANESE, "webapp.refusal.missing",
              name("webapp.permission.", m.path("permissionName").asText()),
              name("webapp.resource.", m.path("resourceName").asText())))
          .distinct().collect(Collectors.joining("、または"));
      return missing.isEmpty() ? Messages.text(Locale.JAPANESE, "webapp.refusal")
          : Messages.text(Locale.JAPANESE, "webapp.refusal.with", missing);
    }

    /** A permission or resource by its Japanese name where it has one (Camunda's own terms), else as it is. */
    private static String name(String prefix, String technical) {
      return Messages.find(Locale.JAPANESE, prefix + technical).orElse(technical);
    }
  }
}
