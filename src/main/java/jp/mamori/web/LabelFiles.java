package jp.mamori.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The translations of what process owners write in Japanese — the models' names ({@code processes/i18n}) and the
 * forms' labels ({@code forms/i18n}) — one UTF-8 file per model or form and language,
 * {@code <folder>/i18n/<id>_<language>.properties}, keyed by the element's or component's technical id (ADR 0029).
 * Japanese is the models' own language and has no file; a missing file or key means "as the model says".
 */
public final class LabelFiles {

  public static final String PROCESSES = "processes";
  public static final String FORMS = "forms";

  private static final Map<String, Properties> FILES = new ConcurrentHashMap<>();

  private LabelFiles() {}

  /** The translation of one key of the model or form {@code id}, if the language has one. */
  public static Optional<String> find(String folder, String id, Locale locale, String key) {
    if (id == null || locale == null || LocaleSelection.JAPANESE.getLanguage().equals(locale.getLanguage())) {
      return Optional.empty();
    }
    String value = FILES.computeIfAbsent(path(folder, id, locale), LabelFiles::load).getProperty(key);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /** The classpath resource holding a model's or form's texts in a language. */
  public static String path(String folder, String id, Locale locale) {
    return folder + "/i18n/" + id + "_" + locale.getLanguage() + ".properties";
  }

  private static Properties load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = LabelFiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in != null) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return properties;
  }
}
