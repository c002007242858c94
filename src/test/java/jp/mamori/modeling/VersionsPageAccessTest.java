package jp.mamori.modeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.WebSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The versions page is for those who deploy the models: the URL rule lets only process owners in, and the page's own scripts (bpmn-js from the build's webjar) come from the app itself.
 */
class VersionsPageAccessTest extends IntegrationTest {

  @ParameterizedTest
  @ValueSource(strings = {"modeler"})
  void processOwnersOpenTheVersionsPage(String user) {
    WebSession session = WebSession.loggedIn(baseUrl(), user, ModelFixtures.PASSWORD);

    HttpResponse<String> page = session.get("/versions.xhtml?key=newPurposeAcquisition");
    HttpResponse<String> viewer = session.get("/webjars/bpmn-js/8.0.0/dist/bpmn-navigated-viewer.production.min.js");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("新たな目的での個人情報取得の承認", "data-bpmn-xml=",
        "/webjars/bpmn-js/8.0.0/dist/bpmn-navigated-viewer.production.min.js", "システム(起動時)")
        .doesNotContain("unpkg", "cdn.");
    assertThat(viewer.statusCode()).isEqualTo(200);
    assertThat(viewer.body()).contains("BpmnJS");
  }

  @ParameterizedTest
  @ValueSource(strings = {"nurse", "director", "exec", "admin"})
  void everyoneElseIsRefused(String user) {
    WebSession session = WebSession.loggedIn(baseUrl(), user, ModelFixtures.PASSWORD);

    assertThat(session.get("/versions.xhtml").statusCode()).isEqualTo(403);
    assertThat(session.get("/versions.xhtml?key=newPurposeAcquisition").body()).doesNotContain("data-bpmn-xml");
  }
}
