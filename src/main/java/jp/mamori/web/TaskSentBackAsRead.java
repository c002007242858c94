package jp.mamori.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a task be sent back as it was read. Camunda's {@code PUT /task/{id}} replaces the whole task, so Tasklist (its
 * follow-up and due dates) and scripts send back what {@code GET /task/{id}} gave them; but for a task with a Camunda
 * Form — every task of Mamori's models — that includes {@code camundaFormRef}, which the engine's REST cannot read
 * back (Jackson cannot make the interface), and the answer is a bare 400 "InvalidRequestException". The form
 * reference is the model's and the update never reads it, so this filter leaves it out of the request.
 */
@Configuration
class TaskSentBackAsRead {

  @Bean
  FilterRegistrationBean<WithoutFormRef> taskSentBackWithoutFormRef() {
    var registration = new FilterRegistrationBean<>(new WithoutFormRef());
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    // after the login and the webapps' CSRF check, before Camunda's REST reads the body
    registration.setOrder(104);
    return registration;
  }

  static final class WithoutFormRef extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ONE_TASK = Pattern.compile(".*/task/[^/]+");
    private static final String FORM_REF = "camundaFormRef";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !"PUT".equals(request.getMethod()) || !ONE_TASK.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      byte[] body = request.getInputStream().readAllBytes();
      chain.doFilter(new RequestWithBody(request, withoutFormRef(body)), response);
    }

    /** A body that is not a JSON object goes on as it came, for the engine to refuse in its own words. */
    static byte[] withoutFormRef(byte[] body) {
      JsonNode task;
      try {
        task = JSON.readTree(body);
      } catch (IOException e) {
        return body;
      }
      if (task instanceof ObjectNode fields && fields.has(FORM_REF)) {
        fields.remove(FORM_REF);
        try {
          return JSON.writeValueAsBytes(fields);
        } catch (IOException e) {
          return body;
        }
      }
      return body;
    }
  }
}
