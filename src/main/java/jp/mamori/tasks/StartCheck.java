package jp.mamori.tasks;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A look at a start form's answers before the case is filed, for what the filer should see first (issue #17 item
 * 13: a purpose that is registered already). A register declares one as a bean; the start page shows the
 * warnings and files only when the filer confirms. It never refuses: rules that refuse belong to the model.
 */
public interface StartCheck {

  /** Warnings in the page's language (texts from the bundles), or none. */
  List<String> warnings(String processKey, Map<String, Object> answers, Locale locale);
}
