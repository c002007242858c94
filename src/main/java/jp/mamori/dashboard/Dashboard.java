package jp.mamori.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The dashboard's sections: every {@link DashboardSection} bean there is, in order. A capability adds its section by
 * declaring such a bean; nothing else changes (docs/dashboard.md).
 */
@Service
public class Dashboard {

  private static final Logger LOG = LoggerFactory.getLogger(Dashboard.class);

  private final List<DashboardSection> sections;

  Dashboard(List<DashboardSection> sections) {
    this.sections = sections.stream()
        .sorted(Comparator.comparingInt(DashboardSection::order).thenComparing(DashboardSection::id)).toList();
  }

  public List<DashboardSection> sections() {
    return sections;
  }

  /** Every section's figures, now. A section that fails is shown as such; the others still are. */
  public List<SectionFigures> figures(Locale locale) {
    return sections.stream().map(s -> figures(s, locale)).toList();
  }

  /** One section's figures, now. */
  public Optional<SectionFigures> figures(String sectionId, Locale locale) {
    return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst().map(s -> figures(s, locale));
  }

  private static SectionFigures figures(DashboardSection s, Locale locale) {
    try {
      return new SectionFigures(s.id(), s.titleKey(), s.noteKey(), s.columns(locale), s.rows(locale), s.chart(),
          false);
    } catch (RuntimeException e) {
      LOG.warn("dashboard section {} failed", s.id(), e);
      return new SectionFigures(s.id(), s.titleKey(), s.noteKey(), List.of(), List.of(), s.chart(), true);
    }
  }

  /** The list behind a figure, from the section its id names; empty for an unknown id. */
  public Optional<FigureList> list(String figureId, Locale locale) {
    FigureId id = FigureId.parse(figureId);
    return sections.stream().filter(s -> s.id().equals(id.section())).findFirst()
        .flatMap(s -> s.list(figureId, locale));
  }
}
