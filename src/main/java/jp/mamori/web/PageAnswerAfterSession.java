package jp.mamori.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A page's answer reaches the browser only after its session has been saved (ADR 0034). Spring Session saves a
 * session when the response is first flushed and again when the request ends; a page larger than the response
 * buffer is flushed early, so the browser could have the whole page, and send its next request, before the second
 * save — which then wrote back the view state this request had read over what the next one had stored (the list
 * beside a task refreshes as soon as the task's page has loaded; under load its view state was lost). Held here,
 * outside the session's filter, a page's body and redirect are sent after both saves.
 *
 * <p>Faces pages only ({@code .xhtml}, their ajax posts included): they are small. Downloads, REST and the
 * webapps stream as before. A request that fails sends nothing held: {@link DatabaseDownAnswer}, outside this
 * filter, still finds its response uncommitted and answers.
 */
@Configuration
class PageAnswerAfterSession {

  @Bean
  FilterRegistrationBean<Hold> pageAnswerHeldUntilSessionSaved() {
    var registration = new FilterRegistrationBean<>(new Hold());
    registration.addUrlPatterns("/*");
    // inside DatabaseDownAnswer's guard (-110), outside Spring Session's filter (-108, application.yaml)
    registration.setOrder(-109);
    return registration;
  }

  static final class Hold extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      return !request.getRequestURI().endsWith(".xhtml");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      HeldResponse held = new HeldResponse(response);
      chain.doFilter(request, held);
      held.send();
    }
  }

  /** Keeps the body and a redirect until {@link #send()}; headers and status go to the response as they are set. */
  static final class HeldResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private ServletOutputStream stream;
    private PrintWriter writer;
    private String redirect;

    HeldResponse(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (writer != null) {
        throw new IllegalStateException("getWriter() has already been called");
      }
      if (stream == null) {
        stream = new ServletOutputStream() {
          @Override
          public void write(int b) {
            body.write(b);
          }

          @Override
          public void write(byte[] bytes, int offset, int length) {
            body.write(bytes, offset, length);
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("a held page is written synchronously");
          }
        };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (stream != null) {
        throw new IllegalStateException("getOutputStream() has already been called");
      }
      if (writer == null) {
        writer = new PrintWriter(new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())));
      }
      return writer;
    }

    @Override
    public void flushBuffer() {
      if (writer != null) {
        writer.flush();
      }
    }

    @Override
    public boolean isCommitted() {
      return redirect != null || super.isCommitted();
    }

    @Override
    public void sendRedirect(String location) {
      if (isCommitted()) {
        throw new IllegalStateException("the response has already been committed");
      }
      body.reset();
      redirect = location;
    }

    @Override
    public void resetBuffer() {
      super.resetBuffer();
      flushBuffer();
      body.reset();
    }

    @Override
    public void reset() {
      super.reset();
      flushBuffer();
      body.reset();
      redirect = null;
    }

    /** Sends what was held. */
    void send() throws IOException {
      flushBuffer();
      if (redirect != null) {
        super.sendRedirect(redirect);
      } else if (body.size() > 0) {
        getResponse().getOutputStream().write(body.toByteArray());
      }
    }
  }
}
