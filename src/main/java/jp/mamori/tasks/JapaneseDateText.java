package jp.mamori.tasks;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Component;

/**
 * A form's date as the date picker shows it, in Japanese order ({@code 2026/11/30}), and as the form keeps it
 * ({@code 2026-11-30}, the text the validator and the variables use). Text that is no date is handed on unchanged,
 * so that the server's validation names the field instead of a converter's message.
 */
@Component("japaneseDateText")
public class JapaneseDateText implements Converter<Object> {

  static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu/MM/dd");

  @Override
  public Object getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip(), SHOWN).toString();
    } catch (DateTimeParseException notJapanese) {
      return value.strip();
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Object value) {
    if (value == null) {
      return "";
    }
    try {
      return LocalDate.parse(value.toString().strip()).format(SHOWN);
    } catch (DateTimeParseException notIso) {
      return value.toString();
    }
  }
}
