package jp.mamori.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/**
 * Removes the webapps' XSRF-TOKEN cookie at logout. Camunda sets it on the webapps' path (/camunda), and a browser
 * deletes a cookie only when the deletion names the same path: Spring Security's {@code deleteCookies} uses the
 * context path ("/"), which left the token in the browser.
 */
class WebappCsrfCookieRemoval implements LogoutHandler {

  private final String cookieName;
  private final String webappPath;

  WebappCsrfCookieRemoval(String cookieName, String webappPath) {
    this.cookieName = cookieName;
    this.webappPath = webappPath;
  }

  @Override
  public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
    Cookie removal = new Cookie(cookieName, "");
    removal.setPath(cookiePath(request.getContextPath()));
    removal.setMaxAge(0);
    response.addCookie(removal);
  }

  /** The path Camunda's CsrfPreventionFilter gives the cookie: context path and application path, or "/". */
  String cookiePath(String contextPath) {
    String path = contextPath + webappPath;
    return path.isEmpty() ? "/" : path;
  }
}
