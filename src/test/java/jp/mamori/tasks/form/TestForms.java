package jp.mamori.tasks.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test forms under src/test/resources/forms-test and a valid submission for the all-field-types form. */
final class TestForms {

  private TestForms() {
  }

  static FormDefinition load(String fileName) {
    try (InputStream in = TestForms.class.getResourceAsStream("/forms-test/" + fileName)) {
      if (in == null) {
        throw new IllegalArgumentException("No test form " + fileName);
      }
      return FormParser.parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static FormDefinition allFieldTypes() {
    return load("all-field-types.form");
  }

  static FormDefinition approveForm() {
    return load("approve-form.form");
  }

  /** Every required field of all-field-types filled in; mutable so tests can break one value. */
  static Map<String, Object> validAllFieldTypesSubmission() {
    Map<String, Object> raw = new HashMap<>();
    raw.put("reporterName", "山田 太郎");
    raw.put("foundOn", "2024-04-01");
    raw.put("categories", List.of("health"));
    raw.put("confirmed", Boolean.TRUE);
    return raw;
  }
}
