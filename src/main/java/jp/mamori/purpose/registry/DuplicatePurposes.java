package jp.mamori.purpose.registry;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mamori.tasks.StartCheck;
import jp.mamori.web.Messages;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 第17条: a purpose is registered once. Filing a new purpose whose text equals one in the registry (pending or in
 * force; widths, spaces and punctuation spacing aside) warns the filer and shows the registered one.
 */
@Component
class DuplicatePurposes implements StartCheck {

  static final String PROCESS_KEY = "newPurposeAcquisition";

  private final PurposeRegistry registry;

  DuplicatePurposes(PurposeRegistry registry) {
    this.registry = registry;
  }

  @Override
  @Transactional(readOnly = true)
  public List<String> warnings(String processKey, Map<String, Object> answers, Locale locale) {
    if (!PROCESS_KEY.equals(processKey) || !(answers.get("purposeText") instanceof String text)
        || text.isBlank()) {
      return List.of();
    }
    String wanted = normalized(text);
    return registry.activeOrPending().stream()
        .filter(p -> wanted.equals(normalized(p.getTextJa())) || wanted.equals(normalized(p.getTextEn())))
        .map(p -> Messages.text(locale, "purposes.duplicate", p.getTextJa(), p.getCaseKey(),
            Messages.text(locale, "purposes.status." + p.getStatus())))
        .toList();
  }

  static String normalized(String text) {
    return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "")
        .toLowerCase(Locale.ROOT);
  }
}
