package jp.mamori.organization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * One institution's rules as configuration (issue #16 item 6): {@code profiles/<id>.yaml} on the classpath, chosen
 * by {@code mamori.institution.profile}. It holds the hospital's name, the titles each role carries in the UI and
 * the letters, and {@code settings}: defaults of other properties (the committee's voting rule, the accepted agents,
 * who decides refusals, the audit lead), applied by {@link InstitutionProfileSettings}.
 */
public final class InstitutionProfile {

  public static final String PROPERTY = "mamori.institution.profile";
  public static final String DEFAULT = "default";

  private final String id;
  private final Map<String, String> name;
  private final Map<String, Map<String, String>> roles;
  private final Map<String, String> settings;

  private InstitutionProfile(String id, Map<String, String> name, Map<String, Map<String, String>> roles,
      Map<String, String> settings) {
    this.id = id;
    this.name = name;
    this.roles = roles;
    this.settings = settings;
  }

  /** Reads {@code profiles/<id>.yaml}; an unknown id or a malformed file stops the start. */
  @SuppressWarnings("unchecked")
  public static InstitutionProfile load(String id) {
    if (id == null || !id.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException(PROPERTY + ": not a profile name: " + id);
    }
    String resource = "profiles/" + id + ".yaml";
    try (InputStream in = InstitutionProfile.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException(PROPERTY + ": no profile " + resource + " on the classpath");
      }
      Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      Map<String, Map<String, String>> roles = new LinkedHashMap<>();
      ((Map<String, Map<String, Object>>) yaml.getOrDefault("roles", Map.of())).forEach((group, titles) -> {
        if (Role.ofGroupId(group).isEmpty()) {
          throw new IllegalArgumentException(resource + ": unknown role " + group);
        }
        roles.put(group, strings(titles));
      });
      return new InstitutionProfile(id, strings((Map<String, Object>) yaml.getOrDefault("name", Map.of())), roles,
          strings((Map<String, Object>) yaml.getOrDefault("settings", Map.of())));
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  private static Map<String, String> strings(Map<String, Object> map) {
    Map<String, String> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k, v == null ? null : String.valueOf(v)));
    return out;
  }

  public String id() {
    return id;
  }

  /** The hospital's name in the language (Japanese when there is no English one). */
  public String name(Locale locale) {
    return text(name, locale).orElse(id);
  }

  /** The title of a role in this institution: the profile's, or the regulation's default of {@link Role}. */
  public String title(Role role, Locale locale) {
    Map<String, String> titles = roles.get(role.groupId());
    boolean english = "en".equals(locale.getLanguage());
    return Optional.ofNullable(titles).flatMap(t -> text(t, locale))
        .orElse(english ? role.nameEn() : role.nameJa());
  }

  /** The defaults this profile gives other properties (e.g. {@code mamori.committee.voting-rule}). */
  public Map<String, String> settings() {
    return Map.copyOf(settings);
  }

  private static Optional<String> text(Map<String, String> texts, Locale locale) {
    String wanted = "en".equals(locale.getLanguage()) ? texts.get("en") : null;
    return Optional.ofNullable(wanted != null ? wanted : texts.get("ja"));
  }
}
