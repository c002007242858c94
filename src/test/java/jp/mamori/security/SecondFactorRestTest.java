package jp.mamori.security;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.testing.IntegrationTest;
import jp.mamori.testing.Rest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * /engine-rest with the second factor on (ADR 0025): a privileged role's password over HTTP Basic is refused, its
 * personal API token is accepted (Bearer, or Basic with the token as the password), a revoked one is not. The
 * setting is switched on for each test and back, on the one shared application.
 */
class SecondFactorRestTest extends IntegrationTest {

  private static final String DEPLOYMENTS = "/deployment?maxResults=1";

  @Autowired SecondFactorSettings settings;
  @Autowired ApiTokens tokens;
  @Autowired JdbcTemplate jdbc;

  private boolean wasEnabled;

  @BeforeEach
  void switchOn() {
    wasEnabled = settings.isEnabled();
    settings.setEnabled(true);
  }

  @AfterEach
  void switchBack() {
    settings.setEnabled(wasEnabled);
  }

  @Test
  @DisplayName("特権の役割はパスワードで /engine-rest に入れない(安全管理ガイドライン 第6.0版の二要素)、他の役割と設定を切ったときは入れる")
  void aPrivilegedPasswordIsRefusedOverBasicWhileTheSecondFactorIsOn() {
    for (String privileged : new String[] {"modeler", "admin", "director"}) {
      var refused = Rest.as(baseUrl(), privileged, "demo").get(DEPLOYMENTS);
      assertThat(refused.statusCode()).as(privileged).isEqualTo(401);
      assertThat(Rest.json(refused).path("type").asText()).isEqualTo("SecondFactorRequired");
      assertThat(Rest.json(refused).path("message").asText()).contains("トークン");
    }
    assertThat(Rest.as(baseUrl(), "nurse", "demo").get(DEPLOYMENTS).statusCode()).isEqualTo(200);
    assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = 'modeler' and action = ?",
        Integer.class, "LOGIN_REFUSED")).isPositive();

    settings.setEnabled(false);
    assertThat(Rest.as(baseUrl(), "modeler", "demo").get(DEPLOYMENTS).statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("個人用APIトークンは Bearer でも Basic のパスワードとしても受け付け、本人として動く")
  void aPersonalTokenIsAcceptedAsBearerAndAsTheBasicPassword() {
    String token = tokens.create("modeler", "SecondFactorRestTest");
    assertThat(token).startsWith(ApiTokens.PREFIX);
    assertThat(jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Integer.class, token))
        .as("the token itself is never stored").isZero();

    var bearer = Rest.bearer(baseUrl(), token).get("/identity/groups?userId=modeler");
    assertThat(bearer.statusCode()).isEqualTo(200);
    assertThat(Rest.bearer(baseUrl(), token).get(DEPLOYMENTS).statusCode()).isEqualTo(200);
    assertThat(Rest.as(baseUrl(), "modeler", token).get(DEPLOYMENTS).statusCode()).isEqualTo(200);
    // the process owner's token deploys nothing it could not: the engine still sees the process owner
    assertThat(Rest.bearer(baseUrl(), token).get("/task?maxResults=1").statusCode()).isEqualTo(200);
    // a token is its owner's only: with another user's id it is refused
    assertThat(Rest.as(baseUrl(), "admin", token).get(DEPLOYMENTS).statusCode()).isEqualTo(401);
    assertThat(tokens.of("modeler")).anyMatch(t -> t.getLastUsedAt() != null);
  }

  @Test
  @DisplayName("失効したトークンと知らないトークンは受け付けない")
  void aRevokedOrUnknownTokenIsRefused() {
    String token = tokens.create("director", "to be revoked");
    assertThat(Rest.bearer(baseUrl(), token).get(DEPLOYMENTS).statusCode()).isEqualTo(200);
    Long id = tokens.of("director").stream().filter(t -> t.isActive() && "to be revoked".equals(t.getLabel()))
        .findFirst().orElseThrow().getId();
    tokens.revoke("director", id);

    assertThat(Rest.bearer(baseUrl(), token).get(DEPLOYMENTS).statusCode()).isEqualTo(401);
    assertThat(Rest.as(baseUrl(), "director", token).get(DEPLOYMENTS).statusCode()).isEqualTo(401);
    assertThat(Rest.bearer(baseUrl(), ApiTokens.PREFIX + "unknown").get(DEPLOYMENTS).statusCode()).isEqualTo(401);
    assertThat(Rest.bearer(baseUrl(), "not-a-token").get(DEPLOYMENTS).statusCode()).isEqualTo(401);
    assertThat(jdbc.queryForObject("select count(*) from audit_entry where actor = 'director' and action = ?",
        Integer.class, "API_TOKEN_REVOKED")).isPositive();
  }
}
