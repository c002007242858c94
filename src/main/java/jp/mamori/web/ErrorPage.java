package jp.mamori.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;

/**
 * One of the app's error pages in the house style: the app's name, what happened in the user's language, and the
 * way back (the front door, and for an expired page the page itself). A plain page, no Faces: it must render
 * whatever broke, for people who are not logged in, and on Camunda's paths.
 *
 * @param kind      what happened: its title and text are {@code error.<kind>.title} / {@code .text}
 * @param reloadUrl the page to open again (expired pages only), a path inside the app; null for none
 */
record ErrorPage(String kind, HttpStatus status, Locale locale, String reloadUrl) implements View {

  static final String STYLESHEET = "/jakarta.faces.resource/css/mamori.css.xhtml";

  /** The kind of page for a status: 403, 404 and 400 say what they are, every other error is "something broke". */
  static String kindOf(HttpStatus status) {
    return switch (status) {
      case FORBIDDEN -> "forbidden";
      case NOT_FOUND, METHOD_NOT_ALLOWED -> "notFound";
      case BAD_REQUEST -> "badRequest";
      case SERVICE_UNAVAILABLE -> "unavailable";
      default -> "failed";
    };
  }

  @Override
  public String getContentType() {
    return "text/html;charset=UTF-8";
  }

  @Override
  public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
      throws Exception {
    response.setStatus(status.value());
    response.setContentType(getContentType());
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(html(request.getContextPath()));
  }

  String html(String contextPath) {
    String title = text("error." + kind + ".title");
    StringBuilder page = new StringBuilder(2048)
        .append("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage()).append("\">\n<head>\n")
        .append("<meta charset=\"UTF-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>").append(escape(title)).append(" | Mamori</title>\n")
        .append("<link rel=\"icon\" href=\"data:,\"/>\n")
        .append("<link rel=\"stylesheet\" href=\"").append(escape(contextPath + STYLESHEET)).append("\"/>\n")
        .append("</head>\n<body class=\"login-page error-page\">\n<main class=\"login-card error-card\">\n")
        .append("<p class=\"error-brand\">").append(escape(text("app.name"))).append("</p>\n")
        .append("<h1 id=\"errorTitle\">").append(escape(title)).append("</h1>\n")
        .append("<p id=\"errorText\">").append(escape(text("error." + kind + ".text"))).append("</p>\n")
        .append("<p class=\"error-actions\">\n");
    if (reloadUrl != null) {
      link(page, "reloadPage", contextPath + reloadUrl, text("error.reload"), "button-link");
    }
    link(page, "backToStart", contextPath + "/", text("error.home"), reloadUrl == null ? "button-link" : "");
    return page.append("</p>\n<p class=\"muted error-code\">")
        .append(escape(text("error.code", status.value()))).append("</p>\n</main>\n</body>\n</html>\n")
        .toString();
  }

  private static void link(StringBuilder page, String id, String href, String label, String styleClass) {
    page.append("<a id=\"").append(id).append("\" class=\"").append(styleClass).append("\" href=\"")
        .append(escape(href)).append("\">").append(escape(label)).append("</a>\n");
  }

  private String text(String key, Object... args) {
    return Messages.text(locale, key, args);
  }

  static String escape(String text) {
    return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
  }
}
