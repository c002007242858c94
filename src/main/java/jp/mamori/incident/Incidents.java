package jp.mamori.incident;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mamori.web.StoredText;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leak incidents' business data (第34–35条): the report, the headquarters, the reportability ruling and the PPC
 * deadlines, the reports, measures, closing, downgrading, and the action log. {@link #open()} is the read the
 * dashboard uses.
 */
@Service
public class Incidents {

  private final IncidentRepository incidents;
  private final IncidentLogRepository log;
  private final PpcReportRepository reports;
  private final MeasureRepository measures;
  private final Clock clock;

  Incidents(IncidentRepository incidents, IncidentLogRepository log, PpcReportRepository reports,
      MeasureRepository measures, Clock clock) {
    this.incidents = incidents;
    this.log = log;
    this.reports = reports;
    this.measures = measures;
    this.clock = clock;
  }

  /** Open incidents (not closed or downgraded), oldest awareness first, with their PPC deadlines. */
  @Transactional(readOnly = true)
  public List<OpenIncident> open() {
    Instant now = clock.instant();
    return incidents.findByStatusInOrderByAwareAtAsc(Arrays.stream(IncidentStatus.values())
            .filter(IncidentStatus::isOpen).toList()).stream()
        .map(i -> new OpenIncident(i.getCaseKey(), i.getStatus(), i.getAwareAt(), i.getReportable(),
            i.getPreliminaryDueAt(), i.isOverdue(PpcReportKind.PRELIMINARY, now), i.getFinalDueAt(),
            i.isOverdue(PpcReportKind.FINAL, now)))
        .toList();
  }

  @Transactional
  public Incident report(String caseKey, String processInstanceId, IncidentFacts facts, String reporter) {
    Incident incident = incidents.save(new Incident(caseKey, processInstanceId, facts, reporter,
        clock.instant()));
    log(incident, reporter, "REPORTED", facts.whatHappened());
    return incident;
  }

  @Transactional
  public void setUp(String caseKey, String by, String head, String deputy, Integer personCount, StoredText logDetail) {
    Incident incident = byKey(caseKey);
    incident.personCount(personCount);
    incident.headquarters(head, deputy, clock.instant());
    incidents.save(incident);
    log(incident, by, "HQ_SET_UP", logDetail);
  }

  /**
   * The reportability ruling and the PPC deadlines (from awareness), recorded on the log as {@code action}: the
   * provisional ruling before set-up, the ruling at set-up, or a re-judgment after new facts.
   */
  @Transactional
  public void ruled(String caseKey, boolean reportable, String reason, Integer finalDays, Instant preliminaryDue,
      Instant finalDue, String action, StoredText detail) {
    Incident incident = byKey(caseKey);
    incident.ruled(reportable, reason, finalDays, preliminaryDue, finalDue);
    incidents.save(incident);
    log(incident, null, action, detail);
  }

  /** The facts as the headquarters found them (investigation): the number of persons, on the log. */
  @Transactional
  public void factsFound(String caseKey, Integer personCount, String by, StoredText detail) {
    Incident incident = byKey(caseKey);
    incident.personCount(personCount);
    incidents.save(incident);
    log(incident, by, "FACTS_FOUND", detail);
  }

  @Transactional
  public void submit(String caseKey, PpcReportKind kind, Map<String, String> items, String by) {
    Incident incident = byKey(caseKey);
    Instant now = clock.instant();
    reports.findByIncidentIdAndKind(incident.getId(), kind).ifPresent(reports::delete);
    reports.save(new PpcReport(incident.getId(), kind, items, by, now));
    incident.submitted(kind, now);
    incidents.save(incident);
    log(incident, by, "PPC_" + kind, StoredText.of("incident.log.ppcSubmitted", kind.labelArg()));
  }

  @Transactional
  public void overdue(String caseKey, PpcReportKind kind) {
    Incident incident = byKey(caseKey);
    incident.overdue(kind);
    incidents.save(incident);
    log(incident, null, "PPC_" + kind + "_OVERDUE", StoredText.of("incident.log.ppcOverdue", kind.labelArg()));
  }

  @Transactional
  public void measures(String caseKey, List<MeasureInput> inputs, String by) {
    Incident incident = byKey(caseKey);
    List<Measure> saved = new ArrayList<>();
    for (MeasureInput input : inputs) {
      saved.add(new Measure(incident.getId(), input.measure(), input.owner(), input.due()));
    }
    measures.saveAll(saved);
    incident.moveTo(IncidentStatus.PREVENTION);
    incidents.save(incident);
    log(incident, by, "MEASURES", StoredText.of("incident.log.measures", saved.size()));
  }

  @Transactional
  public void close(String caseKey, String by, String finalRecord) {
    Incident incident = byKey(caseKey);
    incident.closed(by, finalRecord, clock.instant());
    incidents.save(incident);
    log(incident, by, "CLOSED", finalRecord);
  }

  @Transactional
  public void downgrade(String caseKey, String by, String reason) {
    Incident incident = byKey(caseKey);
    incident.downgraded(by, reason, clock.instant());
    incidents.save(incident);
    log(incident, by, "DOWNGRADED", reason);
  }

  /** Records an action on the board's log. */
  @Transactional
  public void log(String caseKey, String actor, String action, String detail) {
    log(byKey(caseKey), actor, action, detail);
  }

  /** Records a line the system words, shown in each reader's language (ADR 0032). */
  @Transactional
  public void log(String caseKey, String actor, String action, StoredText detail) {
    log(byKey(caseKey), actor, action, detail);
  }

  /** A text as someone wrote it (what happened, a reason, a final record): shown as written. */
  private void log(Incident incident, String actor, String action, String detail) {
    log.save(new IncidentLogEntry(incident.getId(), clock.instant(), actor, action, detail));
  }

  private void log(Incident incident, String actor, String action, StoredText detail) {
    log.save(new IncidentLogEntry(incident.getId(), clock.instant(), actor, action, detail));
  }

  @Transactional(readOnly = true)
  public Incident byKey(String caseKey) {
    return find(caseKey).orElseThrow(() -> new IllegalArgumentException("no incident " + caseKey));
  }

  @Transactional(readOnly = true)
  public Optional<Incident> find(String caseKey) {
    return incidents.findByCaseKey(caseKey);
  }

  /**
   * The incidents a person may see ({@link IncidentAccess#canSee} as a query: without a head yet only for the role
   * holders, then for the head, the deputy and the members), paged in the database.
   */
  @Transactional(readOnly = true)
  public Page<Incident> visibleTo(String userId, boolean boardRole, Collection<Long> memberOf, Pageable page) {
    return boardRole ? incidents.findByHeadIsNullOrHeadOrDeputyOrIdIn(userId, userId, memberOf, page)
        : incidents.findByHeadOrDeputyOrIdIn(userId, userId, memberOf, page);
  }

  @Transactional(readOnly = true)
  public List<IncidentLogEntry> logOf(Incident incident) {
    return log.findByIncidentIdOrderByAtAscIdAsc(incident.getId());
  }

  @Transactional(readOnly = true)
  public List<Measure> measuresOf(Incident incident) {
    return measures.findByIncidentIdOrderByIdAsc(incident.getId());
  }

  @Transactional(readOnly = true)
  public Optional<PpcReport> reportOf(Incident incident, PpcReportKind kind) {
    return reports.findByIncidentIdAndKind(incident.getId(), kind);
  }

  /** A measure as decided: what, who, by when. */
  public record MeasureInput(String measure, String owner, LocalDate due) {}
}
