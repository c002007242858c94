package jp.mamori.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Japanese of Cockpit, Tasklist, Admin and the welcome page (docs/webapps.md) is complete for the Camunda
 * version on the classpath: every key of the webjar's en.json has a Japanese text and no key is left over, so a
 * Camunda upgrade that adds or renames keys fails here. What the webapps fill in or render — {{placeholders}},
 * HTML tags, moment's %d/%s — is carried over unchanged, and English is left only where it is a name or a symbol.
 */
class WebappTranslationsTest {

  private static final String APP = "META-INF/resources/webjars/camunda/app/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");
  /** HTML the webapps render; {@code <definition>} or {@code <null>} are text, not tags, and may be translated. */
  private static final Pattern TAG =
      Pattern.compile("</?(a|b|br|strong|em|i|span|code|p|ul|ol|li|div|pre|small|u|kbd)\\b[^<>]*>");
  private static final Pattern MOMENT = Pattern.compile("%[ds]");
  private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}ー]");
  /** An English word of three letters or more that is not part of a placeholder or tag. */
  private static final Pattern ENGLISH_WORD = Pattern.compile("\\b[a-z]{3,}\\b");

  @ParameterizedTest
  @ValueSource(strings = {"cockpit", "tasklist", "admin", "welcome"})
  void everyKeyOfTheWebjarsEnglishHasAJapaneseText(String app) throws IOException {
    Map<String, String> english = texts(app, "en");
    Map<String, String> japanese = texts(app, "ja");

    assertThat(japanese.keySet()).as("keys of %s/locales/ja.json", app)
        .containsExactlyInAnyOrderElementsOf(english.keySet());
    // only the English plural ending "s" has no Japanese counterpart
    assertThat(japanese).as("empty texts in %s", app).allSatisfy((key, text) -> assertThat(text)
        .as(key).matches(t -> !t.isBlank() || english.get(key).isBlank() || english.get(key).equals("s")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"cockpit", "tasklist", "admin", "welcome"})
  void placeholdersAndTagsAreCarriedOver(String app) throws IOException {
    Map<String, String> english = texts(app, "en");
    Map<String, String> japanese = texts(app, "ja");

    List<String> broken = new ArrayList<>();
    english.forEach((key, en) -> {
      String ja = japanese.getOrDefault(key, "");
      for (Pattern pattern : List.of(PLACEHOLDER, TAG, MOMENT)) {
        if (!sorted(pattern, en).equals(sorted(pattern, ja))) {
          broken.add(key + ": " + sorted(pattern, en) + " became " + sorted(pattern, ja));
        }
      }
    });
    assertThat(broken).as("placeholders, tags and %%d/%%s in %s", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"cockpit", "tasklist", "admin", "welcome"})
  void englishIsLeftOnlyInNamesAndSymbols(String app) throws IOException {
    Map<String, String> japanese = texts(app, "ja");

    List<String> untranslated = japanese.entrySet().stream()
        .filter(e -> e.getKey().startsWith("labels."))
        .filter(e -> !JAPANESE.matcher(e.getValue()).find())
        .filter(e -> ENGLISH_WORD.matcher(strip(e.getValue())).find())
        // names of products and standards, and JavaScript's literals shown as values
        .filter(e -> !e.getValue().matches(".*(Camunda|BPMN|DMN).*") && !e.getValue().matches("<?(null|undefined)>?"))
        .map(e -> e.getKey() + "=" + e.getValue())
        .toList();
    assertThat(untranslated).as("texts of %s still in English", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"cockpit", "tasklist", "admin", "welcome"})
  void theWebappOffersJapaneseAndFallsBackToEnglish(String app) throws IOException {
    String config = resource(APP + app + "/scripts/config.js");

    assertThat(config).containsPattern("availableLocales:\\s*\\['ja',\\s*'en'\\]")
        .containsPattern("fallbackLocale:\\s*'en'");
  }

  private static String strip(String text) {
    return TAG.matcher(PLACEHOLDER.matcher(text).replaceAll("")).replaceAll("");
  }

  private static List<String> sorted(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group().replace(" ", ""));
    }
    found.sort(null);
    return found;
  }

  /** Every leaf of a locale file by its dotted path; list elements as path[i]. */
  private static Map<String, String> texts(String app, String language) throws IOException {
    JsonNode root = JSON.readTree(resource(APP + app + "/locales/" + language + ".json"));
    Map<String, String> texts = new LinkedHashMap<>();
    flatten("", root, texts);
    return texts;
  }

  private static void flatten(String path, JsonNode node, Map<String, String> texts) {
    if (node.isObject()) {
      node.fields().forEachRemaining(f -> flatten(path.isEmpty() ? f.getKey() : path + "." + f.getKey(),
          f.getValue(), texts));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(path + "[" + i + "]", node.get(i), texts);
      }
    } else {
      texts.put(path, node.asText());
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = WebappTranslationsTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name + " on the classpath").isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // Camunda's own files start with a byte order mark
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
  }
}
