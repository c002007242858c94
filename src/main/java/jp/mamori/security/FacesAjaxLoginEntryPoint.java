package jp.mamori.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * After the idle timeout an ajax click would receive the login page as HTML, which PrimeFaces cannot show;
 * answering with a partial-response redirect sends the browser to the login page instead of failing silently.
 */
class FacesAjaxLoginEntryPoint implements AuthenticationEntryPoint {

  private final String loginPage;

  FacesAjaxLoginEntryPoint(String loginPage) {
    this.loginPage = loginPage;
  }

  static boolean isFacesAjax(HttpServletRequest request) {
    return "partial/ajax".equals(request.getHeader("Faces-Request"));
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    response.setContentType("text/xml;charset=UTF-8");
    response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
        + request.getContextPath() + loginPage + "?expired\"/></partial-response>");
  }
}
