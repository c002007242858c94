package jp.mamori.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * ADR 0034: a page's answer leaves only after the filters inside this one — Spring Session's among them, which saves
 * the session a second time as the request ends — have finished. What the browser had seen during the chain is
 * recorded by the chain itself.
 */
class PageAnswerAfterSessionTest {

  private final MockHttpServletResponse response = new MockHttpServletResponse();
  private final List<String> seenDuringTheChain = new ArrayList<>();

  @Test
  void aPageFlushedEarlyReachesTheBrowserOnlyAfterTheChain() throws Exception {
    filter("/tasks.xhtml", (request, held) -> {
      held.setContentType("text/html;charset=UTF-8");
      held.getWriter().write("<p>タスク一覧</p>");
      held.flushBuffer();
      seenDuringTheChain.add(response.getContentAsString(StandardCharsets.UTF_8));
      seenDuringTheChain.add(String.valueOf(response.isCommitted()));
      held.getWriter().write("<p>続き</p>");
    });

    assertThat(seenDuringTheChain).containsExactly("", "false");
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<p>タスク一覧</p><p>続き</p>");
    assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
  }

  @Test
  void aRedirectIsSentAfterTheChain() throws Exception {
    filter("/task.xhtml", (request, held) -> {
      ((HttpServletResponse) held).sendRedirect("/tasks.xhtml");
      seenDuringTheChain.add(String.valueOf(response.getRedirectedUrl()));
      seenDuringTheChain.add(String.valueOf(held.isCommitted()));
    });

    assertThat(seenDuringTheChain).containsExactly("null", "true");
    assertThat(response.getRedirectedUrl()).isEqualTo("/tasks.xhtml");
  }

  @Test
  void aFailedPageSendsNothingSoThatItsFailureCanStillBeAnswered() {
    assertThatThrownBy(() -> filter("/tasks.xhtml", (request, held) -> {
      held.getWriter().write("<p>途中まで</p>");
      held.flushBuffer();
      throw new IllegalStateException("the database went away");
    })).hasMessage("the database went away");

    assertThat(response.isCommitted()).isFalse();
    assertThat(response.getContentAsByteArray()).isEmpty();
  }

  @Test
  void otherRequestsStreamAsBefore() throws Exception {
    filter("/access-log/export.csv", (request, held) -> {
      held.getWriter().write("日時,利用者\n");
      held.flushBuffer();
      seenDuringTheChain.add(String.valueOf(response.isCommitted()));
    });

    assertThat(seenDuringTheChain).containsExactly("true");
  }

  private void filter(String uri, FilterChain chain) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
    response.setCharacterEncoding("UTF-8");
    new PageAnswerAfterSession.Hold().doFilter(request, response, chain);
  }
}
