package jp.mamori.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;

/**
 * Refuses a common password (security/common-passwords.txt), also with digits or symbols appended
 * ("password1234!"), and a password of one repeated character or a run of digits.
 */
final class CommonPasswordRule implements PasswordPolicyRule {

  static final String PLACEHOLDER = "PASSWORD_POLICY_COMMON";
  private static final String LIST = "security/common-passwords.txt";

  private final Set<String> common;

  CommonPasswordRule(Set<String> common) {
    this.common = common;
  }

  static CommonPasswordRule fromClasspath() {
    try (InputStream in = CommonPasswordRule.class.getClassLoader().getResourceAsStream(LIST)) {
      if (in == null) {
        throw new IllegalStateException("missing " + LIST);
      }
      Set<String> words = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
      return new CommonPasswordRule(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String getPlaceholder() {
    return PLACEHOLDER;
  }

  @Override
  public Map<String, String> getParameters() {
    return Map.of();
  }

  @Override
  public boolean execute(String password) {
    if (password == null || password.isEmpty()) {
      return false;
    }
    String lower = password.toLowerCase(Locale.ROOT);
    String stem = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "");
    boolean oneCharacter = lower.chars().distinct().count() == 1;
    boolean digitsOnly = lower.chars().allMatch(Character::isDigit);
    return !oneCharacter && !digitsOnly && !common.contains(lower) && !common.contains(stem);
  }
}
