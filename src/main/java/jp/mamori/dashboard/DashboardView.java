package jp.mamori.dashboard;

import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mamori.security.CurrentUser;
import jp.mamori.security.DashboardAccess;
import jp.mamori.web.LocaleSelection;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/**
 * Backs dashboard.xhtml: every section's figures, from {@link DashboardFigureCache} (computed at most once a minute and
 * shared, the time they were computed shown on the page), and the charts.
 * Reads as the application, not as the viewer's engine identity: seeing the page is the authorization.
 */
@Component
@RequestScope
public class DashboardView {

  private final DashboardFigureCache figures;
  private final CurrentUser currentUser;
  private final LocaleSelection localeSelection;
  private final Clock clock;
  private List<SectionFigures> sections;
  private Locale computedIn;
  private Date computedAt;
  /** The row each line chart draws, by section id (index among the chartable rows). */
  private final Map<String, String> series = new HashMap<>();

  DashboardView(DashboardFigureCache figures, CurrentUser currentUser, LocaleSelection localeSelection, Clock clock) {
    this.figures = figures;
    this.currentUser = currentUser;
    this.localeSelection = localeSelection;
    this.clock = clock;
  }

  public List<SectionFigures> getSections() {
    // a language switch posts this page: the figures may have been read in the old language before it took effect
    if (sections == null || !locale().equals(computedIn)) {
      computedIn = locale();
      if (!DashboardAccess.mayView(currentUser.groupIds())) {
        // the URL rule guards the page; this guards the figures whatever path reaches the view
        sections = List.of();
        return sections;
      }
      DashboardFigureCache.Snapshot snapshot = figures.of(locale());
      computedAt = Date.from(snapshot.computedAt());
      sections = snapshot.sections();
    }
    return sections;
  }

  public String chart(SectionFigures section) {
    String chosen = series.get(section.id());
    return ChartJson.of(section, chosen == null || !chosen.matches("\\d{1,3}") ? null : Integer.valueOf(chosen));
  }

  /** The row each line chart draws, as the page's drop-down posts it (its index, as text). */
  public Map<String, String> getSeries() {
    return series;
  }

  public String getComputedAt() {
    getSections();
    return computedAt == null ? "" : DashboardListView.format(computedAt, locale(), clock.getZone());
  }

  private Locale locale() {
    return localeSelection.getLocale();
  }
}
