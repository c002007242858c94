package jp.mamori.process;

import java.util.ArrayList;
import org.camunda.spin.impl.json.jackson.format.JacksonJsonDataFormat;
import org.camunda.spin.spi.DataFormatConfigurator;
import org.camunda.spin.spi.TypeDetector;

/**
 * Stores a list of texts (a form's checklist) under the type name {@code java.util.ArrayList} instead of Spin's
 * {@code java.util.ArrayList<java.lang.String>}. Reading such a variable back, Spin first tries {@code Class.forName}
 * with the stored name; a generic name is no class, so every read searched the whole class path and threw before
 * Jackson parsed the name (1.5 % of a case's CPU, docs/benchmarks.md "ninth session"). A JSON array of texts comes
 * back as the same list of strings under either name. Other lists keep Spin's generic name, which says what their
 * elements are. Registered in {@code META-INF/spring.factories}, where the engine's Spin plugin looks for
 * configurators.
 */
public class ChecklistTypeName implements DataFormatConfigurator<JacksonJsonDataFormat> {

  private static final String TYPE_NAME = ArrayList.class.getName();

  @Override
  public Class<JacksonJsonDataFormat> getDataFormatClass() {
    return JacksonJsonDataFormat.class;
  }

  @Override
  public void configure(JacksonJsonDataFormat format) {
    format.addTypeDetector(new TextListDetector());
  }

  private static final class TextListDetector implements TypeDetector {

    @Override
    public boolean canHandle(Object object) {
      return object instanceof ArrayList<?> list && list.stream().allMatch(String.class::isInstance);
    }

    @Override
    public String detectType(Object object) {
      return TYPE_NAME;
    }
  }
}
