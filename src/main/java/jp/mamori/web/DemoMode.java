package jp.mamori.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Whether the demo organization is loaded, so the login page can say which users exist. */
@Component
public class DemoMode {

  private final boolean enabled;

  DemoMode(@Value("${mamori.demo.enabled:false}") boolean enabled) {
    this.enabled = enabled;
  }

  public boolean isEnabled() {
    return enabled;
  }
}
