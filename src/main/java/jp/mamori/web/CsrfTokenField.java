package jp.mamori.web;

import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.security.web.csrf.CsrfToken;

/** Writes Spring Security's CSRF token as a hidden field, so every JSF post (ajax too) carries it. */
public class CsrfTokenField extends UIComponentBase {

  static final String ID = "csrfToken";

  public CsrfTokenField() {
    setId(ID);
    // rebuilt with the view on every request, never kept in the saved state
    setTransient(true);
  }

  @Override
  public String getFamily() {
    return "jp.mamori.Csrf";
  }

  @Override
  public void encodeEnd(FacesContext context) throws IOException {
    HttpServletRequest request = (HttpServletRequest) context.getExternalContext().getRequest();
    CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    if (token == null) {
      return;
    }
    ResponseWriter writer = context.getResponseWriter();
    writer.startElement("input", this);
    writer.writeAttribute("type", "hidden", null);
    writer.writeAttribute("name", token.getParameterName(), null);
    writer.writeAttribute("value", token.getToken(), null);
    writer.endElement("input");
  }
}
