package jp.mamori.organization;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Applies the institution profile's {@code settings} as the lowest-precedence property source: they are the
 * defaults of those properties ({@code mamori.committee.voting-rule}, {@code mamori.request.accepted-agents},
 * {@code mamori.request.refusal-by-total-manager}, {@code mamori.audit.lead-group}, {@code mamori.hospital.name}),
 * and anything set explicitly (application.yaml, the environment, a test) still wins.
 * Registered in META-INF/spring.factories.
 */
public class InstitutionProfileSettings implements EnvironmentPostProcessor {

  static final String SOURCE = "mamoriInstitutionProfile";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    InstitutionProfile profile = InstitutionProfile.load(
        environment.getProperty(InstitutionProfile.PROPERTY, InstitutionProfile.DEFAULT));
    Map<String, Object> values = new LinkedHashMap<>(profile.settings());
    values.put("mamori.hospital.name", profile.name(Locale.JAPANESE));
    values.put("mamori.hospital.name-en", profile.name(Locale.ENGLISH));
    environment.getPropertySources().remove(SOURCE);
    environment.getPropertySources().addLast(new MapPropertySource(SOURCE, values));
  }
}
