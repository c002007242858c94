package jp.mamori.modeling;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import jp.mamori.web.Messages;
import org.springframework.stereotype.Component;

/**
 * The answer to a refused deployment, from the engine's REST API ({@link DeploymentGateRestRefusal}) or from the
 * filter in front of it ({@link DeploymentGateFilter}): 400 with a body shaped like the engine's own errors ({@code type},
 * {@code message}), so that the Camunda Modeler shows {@code message} in its deploy dialog, plus the problems one by
 * one in Japanese and English for scripts.
 */
@Component
class GateRefusal {

  static final String TYPE = "DeploymentGateException";
  private static final ObjectMapper JSON = new ObjectMapper();

  void write(HttpServletRequest request, HttpServletResponse response, List<GateProblem> problems)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(json(problems, request.getHeader("Accept-Language")));
  }

  /** The body: English first when the client asks for it, Japanese first otherwise. */
  static String json(List<GateProblem> problems, String acceptLanguage) {
    Locale first = english(acceptLanguage) ? Locale.ENGLISH : Locale.JAPANESE;
    Locale second = first == Locale.ENGLISH ? Locale.JAPANESE : Locale.ENGLISH;
    ObjectNode body = JSON.createObjectNode();
    body.put("type", TYPE);
    body.put("message", message(problems, first) + "\n\n" + message(problems, second));
    ArrayNode items = body.putArray("problems");
    for (GateProblem p : problems) {
      ObjectNode item = items.addObject();
      item.put("resource", p.resource());
      item.put("elementId", p.elementId());
      item.put("rule", p.rule().name());
      item.put("problem", p.problem(Locale.JAPANESE));
      item.put("remedy", p.remedy(Locale.JAPANESE));
      item.put("problemEn", p.problem(Locale.ENGLISH));
      item.put("remedyEn", p.remedy(Locale.ENGLISH));
    }
    return body.toString();
  }

  /** The whole refusal as text: a heading, then one numbered line per problem. */
  static String message(List<GateProblem> problems, Locale locale) {
    StringBuilder text = new StringBuilder(Messages.text(locale, "gate.refused", problems.size()));
    for (int i = 0; i < problems.size(); i++) {
      text.append('\n').append(i + 1).append(". ").append(problems.get(i).line(locale));
    }
    return text.toString();
  }

  private static boolean english(String acceptLanguage) {
    return acceptLanguage != null && acceptLanguage.toLowerCase(Locale.ROOT).startsWith("en");
  }
}
