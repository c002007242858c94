package jp.mamori.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.mamori.web.BidiControls;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/**
 * Backs notice/policy.xhtml: the basic policy in force (第3条2) and its history, for everyone without login — the
 * policy is published by nature (第11条). Japanese by default, the page's chrome in English with {@code ?lang=en}.
 */
@Component
@RequestScope
public class PolicyView {

  private final PublishedPolicy policy;
  private final Clock clock;
  private String lang;

  PolicyView(PublishedPolicy policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
  }

  public String getLang() {
    return lang;
  }

  public void setLang(String lang) {
    this.lang = lang;
  }

  public Locale getLocale() {
    return "en".equals(lang) ? Locale.ENGLISH : Locale.JAPANESE;
  }

  public PolicyVersion getInForce() {
    return policy.inForceOn(LocalDate.now(clock)).orElse(null);
  }

  public List<PolicyVersion> getVersions() {
    return policy.all();
  }

  public String text(PolicyVersion version) {
    return BidiControls.strip(version.getText());
  }
}
