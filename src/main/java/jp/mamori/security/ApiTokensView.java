package jp.mamori.security;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import java.util.List;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.Messages;
import org.springframework.stereotype.Component;

/** Backs api-tokens.xhtml: one's personal API tokens for /engine-rest, created (shown once) and revoked. */
@Component
@ViewScoped
public class ApiTokensView implements Serializable {

  private final transient ApiTokens tokens;
  private final transient CurrentUser currentUser;

  private String label;
  private String created;

  ApiTokensView(ApiTokens tokens, CurrentUser currentUser) {
    this.tokens = tokens;
    this.currentUser = currentUser;
  }

  public void create() {
    try {
      created = tokens.create(currentUser.require().userId(), label);
      label = null;
      Messages.info("apiToken.created");
    } catch (ActionRefused e) {
      Messages.refused(e);
    }
  }

  public void revoke(Long id) {
    try {
      tokens.revoke(currentUser.require().userId(), id);
      created = null;
      Messages.info("apiToken.revoked");
    } catch (ActionRefused e) {
      Messages.refused(e);
    }
  }

  public List<ApiToken> getMine() {
    return tokens.of(currentUser.require().userId());
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  /** The token just created: shown on this page once, never stored readable. */
  public String getCreated() {
    return created;
  }
}
