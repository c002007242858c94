package jp.mamori.outsourcing.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.mamori.organization.calendar.BusinessCalendar;
import jp.mamori.web.ActionRefused;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contractor registry (第9条, 第25条): contractors, their contracts with the due diligence and the total
 * manager's decision, pledges (第20条3), periodic and follow-up checks (第25条3), breaches with their measures
 * (第25条4) and re-outsourcing requests (Keio 22). The processes write it through their glue; pages and the
 * dashboard read it.
 */
@Service
public class Contractors {

  /** How far ahead {@link #checksDue()} looks: checks opening within this many days count as due. */
  static final int DUE_HORIZON_DAYS = 30;
  private static final LocalTime CHECK_OPENS_AT = LocalTime.of(9, 0);

  private final ContractorRepository contractors;
  private final ContractRepository contracts;
  private final PledgeRepository pledges;
  private final ContractCheckRepository checks;
  private final BreachRepository breaches;
  private final SubcontractRepository subcontracts;
  private final OutsourcingSettings settings;
  private final BusinessCalendar calendar;
  private final Clock clock;

  Contractors(ContractorRepository contractors, ContractRepository contracts, PledgeRepository pledges,
      ContractCheckRepository checks, BreachRepository breaches, SubcontractRepository subcontracts,
      OutsourcingSettings settings, BusinessCalendar calendar, Clock clock) {
    this.contractors = contractors;
    this.contracts = contracts;
    this.pledges = pledges;
    this.checks = checks;
    this.breaches = breaches;
    this.subcontracts = subcontracts;
    this.settings = settings;
    this.calendar = calendar;
    this.clock = clock;
  }

  // --- due diligence and consent (第25条1-2) ---

  /** 第25条1: the intent enters the registry under review; a contractor named for the first time is added. */
  @Transactional
  public Contract fileIntent(String caseKey, String filedBy, ContractIntent intent) {
    Instant now = clock.instant();
    Contractor contractor = contractors.findByName(intent.contractorName())
        .orElseGet(() -> contractors.save(new Contractor(intent.contractorName(), now)));
    contractor.describe(intent.contractorAddress(), null, now);
    contractor = contractors.save(contractor);
    Contract contract = contracts.save(new Contract(caseKey, contractor.getId(), intent, filedBy, now));
    restate(contractor.getId());
    return contract;
  }

  /** 第25条2(1): the interview with the contractor's responsible person, who is kept on the contractor (ロ). */
  @Transactional
  public void interviewed(String caseKey, LocalDate on, String attendees, String findings, boolean conforms,
      String responsiblePerson) {
    Contract contract = underReview(caseKey);
    contract.interviewed(on, attendees, findings, conforms);
    contracts.save(contract);
    Contractor contractor = contractors.findById(contract.getContractorId()).orElseThrow();
    contractor.describe(null, responsiblePerson, clock.instant());
    contractors.save(contractor);
  }

  /** 第25条2(2): the draft confirmation document; returns the clauses it still lacks. */
  @Transactional
  public List<Clause> drafted(String caseKey, String documentRef, List<String> clauseValues) {
    Contract contract = underReview(caseKey);
    contract.drafted(documentRef, clauseValues);
    return contracts.save(contract).missingClauses();
  }

  /** 第20条3: a pledge (別紙12) per signer; the same list again replaces nothing, it adds only new names. */
  @Transactional
  public long pledged(String caseKey, List<String> signers, LocalDate receivedOn, String recordedBy) {
    Contract contract = ofCase(caseKey);
    List<String> known = pledges.findByContractIdInOrderByIdAsc(List.of(contract.getId())).stream()
        .map(Pledge::getSigner).toList();
    signers.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().filter(s -> !known.contains(s))
        .forEach(s -> pledges.save(new Pledge(contract.getId(), s, receivedOn, recordedBy)));
    return pledges.countByContractId(contract.getId());
  }

  /**
   * 第25条2: consent needs an interview that found the contractor meets this regulation (2(1)) and every clause (2(2));
   * the model routes either failure away from the consent, this guards any other path.
   */
  @Transactional
  public void consent(String caseKey, String by, String reason) {
    Contract contract = underReview(caseKey);
    if (!contract.isInterviewConforming()) {
      throw new IllegalStateException("contract " + caseKey + ": the contractor did not meet the standard");
    }
    if (!contract.missingClauses().isEmpty()) {
      throw new IllegalStateException("contract " + caseKey + " lacks clauses " + contract.missingClauses());
    }
    contract.decide(ContractStatus.CONSENTED, by, clock.instant(), reason);
    contracts.save(contract);
    restate(contract.getContractorId());
  }

  /** 第25条2(1): the contractor does not meet the standard and the supervising manager gives the outsourcing up. */
  @Transactional
  public void withdraw(String caseKey, String by, String reason) {
    Contract contract = underReview(caseKey);
    if (contract.isInterviewConforming()) {
      throw new IllegalStateException("contract " + caseKey + ": the interview found the contractor conforming");
    }
    contract.decide(ContractStatus.WITHDRAWN, by, clock.instant(), reason);
    contracts.save(contract);
    restate(contract.getContractorId());
  }

  @Transactional
  public void refuse(String caseKey, String by, String reason) {
    Contract contract = underReview(caseKey);
    contract.decide(ContractStatus.REFUSED, by, clock.instant(), reason);
    contracts.save(contract);
    restate(contract.getContractorId());
  }

  /** Only a contract the total manager consented to can be concluded (第25条2). */
  @Transactional
  public Contract conclude(String caseKey, LocalDate signedOn, LocalDate termStart, LocalDate termEnd,
      String renewal, String checkInterval) {
    Contract contract = ofCase(caseKey);
    if (contract.getStatus() != ContractStatus.CONSENTED) {
      throw new IllegalStateException("contract " + caseKey + " is " + contract.getStatus() + ", not consented");
    }
    if (checkInterval != null) {
      OutsourcingSettings.interval(checkInterval);
    }
    contract.conclude(signedOn, termStart, termEnd, renewal, checkInterval);
    contract = contracts.save(contract);
    restate(contract.getContractorId());
    return contract;
  }

  // --- periodic checks (第25条3) ---

  /**
   * The next periodic check of a contract in force: the n-th check opens n intervals after the term's start (on
   * the next business day if that is a holiday, 09:00), is due {@code check-days} business days later at closing
   * time and escalates {@code escalation-days} business days after that. Counting from the term's start keeps the
   * rhythm however late a check was done.
   */
  @Transactional
  public CheckSchedule scheduleNextCheck(String contractKey) {
    Contract contract = ofCase(contractKey);
    Period interval = contract.getCheckInterval() == null ? settings.getCheckInterval()
        : Period.parse(contract.getCheckInterval());
    long done = checks.findByContractIdInOrderByCheckedAtDesc(List.of(contract.getId())).stream()
        .filter(c -> ContractCheck.PERIODIC.equals(c.getKind())).count();
    LocalDate start = contract.getTermStart() == null ? LocalDate.now(clock) : contract.getTermStart();
    LocalDate opens = calendar.addBusinessDays(start.plus(interval.multipliedBy((int) done + 1)), 0);
    LocalDate due = calendar.addBusinessDays(opens, settings.getCheckDays());
    if (done == 0 && endsBefore(contract, due)) {
      // 第25条3: the first check falls inside a term that ends before the regular one (warned at conclusion)
      due = lastBusinessDayOnOrBefore(contract.getTermEnd());
      opens = due;
      for (int i = 0; i < settings.getCheckDays() && opens.isAfter(LocalDate.now(clock)); ) {
        opens = opens.minusDays(1);
        if (calendar.isBusinessDay(opens)) {
          i++;
        }
      }
      if (opens.isBefore(LocalDate.now(clock))) {
        opens = LocalDate.now(clock);
      }
    }
    LocalDate escalates = calendar.addBusinessDays(due, settings.getEscalationDays());
    contract.nextCheck(opens, due);
    contracts.save(contract);
    return new CheckSchedule(at(opens, CHECK_OPENS_AT), at(due, calendar.settings().closingTime()),
        at(escalates, calendar.settings().closingTime()));
  }

  /**
   * 第25条3: the day the first regular periodic check would be due, when a term without renewal ends before it (so
   * the first check is moved inside the term); empty otherwise. Read at conclusion to warn.
   */
  @Transactional(readOnly = true)
  public java.util.Optional<LocalDate> firstCheckAfterTerm(String contractKey) {
    Contract contract = ofCase(contractKey);
    Period interval = contract.getCheckInterval() == null ? settings.getCheckInterval()
        : Period.parse(contract.getCheckInterval());
    LocalDate start = contract.getTermStart() == null ? LocalDate.now(clock) : contract.getTermStart();
    LocalDate due = calendar.addBusinessDays(calendar.addBusinessDays(start.plus(interval), 0), settings.getCheckDays());
    return endsBefore(contract, due) ? java.util.Optional.of(due) : java.util.Optional.empty();
  }

  private static boolean endsBefore(Contract contract, LocalDate due) {
    return "none".equals(contract.getRenewal()) && contract.getTermEnd() != null && contract.getTermEnd().isBefore(due);
  }

  private LocalDate lastBusinessDayOnOrBefore(LocalDate day) {
    LocalDate d = day;
    while (!calendar.isBusinessDay(d)) {
      d = d.minusDays(1);
    }
    return d;
  }

  @Transactional
  public ContractCheck recordCheck(String contractKey, String kind, String checkedBy, String result, String notes,
      String caseKey) {
    Contract contract = ofCase(contractKey);
    LocalDate due = ContractCheck.PERIODIC.equals(kind) ? contract.getNextCheckDue() : null;
    return checks.save(new ContractCheck(contract.getId(), kind, due, checkedBy, clock.instant(), result, notes,
        caseKey));
  }

  /** 第25条3: a periodic check with each item checked, its result and evidence (one line per item). */
  @Transactional
  public ContractCheck recordCheck(String contractKey, String kind, String checkedBy, String result, String notes,
      String caseKey, String checkedItems) {
    ContractCheck check = recordCheck(contractKey, kind, checkedBy, result, notes, caseKey);
    check.checkedItems(checkedItems);
    return checks.save(check);
  }

  /** Contracts in force whose periodic check opens within 30 days or is open or overdue, soonest due first. */
  @Transactional(readOnly = true)
  public List<CheckDue> checksDue() {
    LocalDate today = LocalDate.now(clock);
    List<Contract> due = contracts.findByStatusInAndNextCheckOpensLessThanEqualOrderByNextCheckDueAsc(
        List.of(ContractStatus.ACTIVE, ContractStatus.SUSPENDED), today.plusDays(DUE_HORIZON_DAYS));
    Map<Long, Contractor> byId = contractors.findAllById(due.stream().map(Contract::getContractorId).toList())
        .stream().collect(Collectors.toMap(Contractor::getId, Function.identity()));
    return due.stream().map(c -> new CheckDue(c.getCaseKey(), c.getContractorId(),
        byId.get(c.getContractorId()).getName(), c.getNextCheckOpens(), c.getNextCheckDue(),
        c.getNextCheckDue().isBefore(today))).toList();
  }

  // --- breaches (第25条4) ---

  /** The information manager's report; the contract must be one the contractor holds data under. */
  @Transactional
  public Breach reportBreach(String caseKey, String contractKey, LocalDate foundOn, String description,
      String reportedBy) {
    Contract contract = inForce(contractKey);
    return breaches.findByCaseKey(caseKey).orElseGet(() -> breaches.save(
        new Breach(caseKey, contract.getId(), foundOn, description, reportedBy, clock.instant())));
  }

  /** The measure decided with the supervising manager; suspension and termination change the contract. */
  @Transactional
  public Breach decideMeasure(String caseKey, String consultation, String measure, String reason, String by,
      LocalDate followUpOn, String agreedBy, String agreementNotes) {
    Breach breach = breach(caseKey);
    breach.agreed(agreedBy, clock.instant(), agreementNotes);
    Contract contract = contracts.findById(breach.getContractId()).orElseThrow();
    breach.measure(consultation, measure, reason, by, clock.instant(), followUpOn);
    breach = breaches.save(breach);
    switch (measure) {
      case "suspension" -> {
        contract.status(ContractStatus.SUSPENDED);
        contracts.save(contract);
      }
      case "termination" -> {
        contract.end(clock.instant());
        contracts.save(contract);
      }
      case "improvement" -> { }
      default -> throw new IllegalArgumentException("unknown measure " + measure);
    }
    restate(contract.getContractorId());
    return breach;
  }

  @Transactional
  public void explained(String caseKey, String explanation) {
    Breach breach = breach(caseKey);
    breach.explained(explanation);
    breaches.save(breach);
  }

  /** The follow-up check: resolved lifts a suspension; unresolved goes back to the measures. */
  @Transactional
  public void followedUp(String caseKey, boolean resolved, String by, String notes) {
    Breach breach = breach(caseKey);
    Contract contract = contracts.findById(breach.getContractId()).orElseThrow();
    checks.save(new ContractCheck(contract.getId(), ContractCheck.FOLLOW_UP, breach.getFollowUpOn(), by,
        clock.instant(), resolved ? "RESOLVED" : "UNRESOLVED", notes, caseKey));
    if (resolved) {
      breach.resolved();
      breaches.save(breach);
      if (contract.getStatus() == ContractStatus.SUSPENDED) {
        contract.status(ContractStatus.ACTIVE);
        contracts.save(contract);
        restate(contract.getContractorId());
      }
    }
  }

  @Transactional(readOnly = true)
  public Breach breach(String caseKey) {
    return breaches.findByCaseKey(caseKey)
        .orElseThrow(() -> new IllegalStateException("no breach reported for case " + caseKey));
  }

  // --- re-outsourcing (Keio 22) ---

  @Transactional
  public Subcontract requestSubcontract(String caseKey, String contractKey, String subcontractor, String scope,
      String safeguards, String requestedBy) {
    Contract contract = contracts.findByCaseKey(contractKey).filter(c -> c.getStatus() == ContractStatus.ACTIVE)
        .orElseThrow(() -> new ActionRefused("outsourcing.error.notActive", contractKey));
    return subcontracts.save(new Subcontract(caseKey, contract.getId(), subcontractor, scope, safeguards,
        requestedBy, clock.instant()));
  }

  @Transactional
  public Subcontract decideSubcontract(String caseKey, boolean permitted, String by, String reason) {
    Subcontract subcontract = subcontracts.findByCaseKey(caseKey)
        .orElseThrow(() -> new IllegalStateException("no re-outsourcing request for case " + caseKey));
    subcontract.decide(permitted, by, clock.instant(), reason);
    return subcontracts.save(subcontract);
  }

  // --- reading ---

  @Transactional(readOnly = true)
  public Contract ofCase(String caseKey) {
    return contracts.findByCaseKey(caseKey)
        .orElseThrow(() -> new IllegalStateException("no contract filed for case " + caseKey));
  }

  /**
   * A registered contractor (one with a contract in force, 第25条) of that name, as a disposal's evidence requires
   * (第24条; Keio 37): a certificate counts only from a contractor the hospital has vetted and bound.
   */
  @Transactional(readOnly = true)
  public Optional<Contractor> registered(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    return contractors.findByName(name.strip()).filter(c -> c.getStatus() == ContractorStatus.ACTIVE);
  }

  /**
   * The contracts of these states with their contractor, newest first, for a form to list by case number
   * ({@code "picker": "contractCase"}).
   */
  @Transactional(readOnly = true)
  public List<ContractCase> contractCases(java.util.Set<ContractStatus> states) {
    List<Contract> found = contracts.findByStatusInOrderByIdDesc(states);
    Map<Long, String> names = contractors.findAllById(found.stream().map(Contract::getContractorId).distinct()
        .toList()).stream().collect(Collectors.toMap(Contractor::getId, Contractor::getName));
    return found.stream().map(c -> new ContractCase(c.getCaseKey(), names.get(c.getContractorId()), c.getStatus()))
        .toList();
  }

  /** The names of the registered contractors, for a form to list. */
  @Transactional(readOnly = true)
  public List<String> registeredNames() {
    return contractors.findAll().stream().filter(c -> c.getStatus() == ContractorStatus.ACTIVE)
        .map(Contractor::getName).sorted().toList();
  }

  @Transactional(readOnly = true)
  public Contractor contractorOf(Contract contract) {
    return contractors.findById(contract.getContractorId()).orElseThrow();
  }

  /** A page of contractors by name (the list page pages in the database). */
  @Transactional(readOnly = true)
  public Page<Contractor> page(String nameFilter, Pageable pageable) {
    return contractors.findByNameContainingIgnoreCase(nameFilter == null ? "" : nameFilter.trim(), pageable);
  }

  @Transactional(readOnly = true)
  public Optional<ContractorDetail> detail(Long contractorId) {
    return contractors.findById(contractorId).map(contractor -> {
      List<Contract> its = contracts.findByContractorIdOrderByIdDesc(contractorId);
      List<Long> ids = new ArrayList<>(its.stream().map(Contract::getId).toList());
      return new ContractorDetail(contractor, its, pledges.findByContractIdInOrderByIdAsc(ids),
          checks.findByContractIdInOrderByCheckedAtDesc(ids), breaches.findByContractIdInOrderByIdDesc(ids),
          subcontracts.findByContractIdInOrderByIdDesc(ids), LocalDate.now(clock));
    });
  }

  private Contract underReview(String caseKey) {
    Contract contract = ofCase(caseKey);
    if (contract.getStatus() != ContractStatus.UNDER_REVIEW) {
      throw new IllegalStateException("contract " + caseKey + " was decided already: " + contract.getStatus());
    }
    return contract;
  }

  private Contract inForce(String contractKey) {
    return contracts.findByCaseKey(contractKey).filter(c -> c.getStatus().inForce())
        .orElseThrow(() -> new ActionRefused("outsourcing.error.notInForce", contractKey));
  }

  /** The contractor's status is the strongest of its contracts' (active before suspended before under review…). */
  private void restate(Long contractorId) {
    Contractor contractor = contractors.findById(contractorId).orElseThrow();
    ContractorStatus status = contracts.findByContractorIdOrderByIdDesc(contractorId).stream()
        .map(c -> c.getStatus().contractorStatus()).min(Enum::compareTo).orElse(ContractorStatus.UNDER_REVIEW);
    contractor.status(status, clock.instant());
    contractors.save(contractor);
  }

  private Date at(LocalDate day, LocalTime time) {
    return Date.from(day.atTime(time).atZone(calendar.settings().zone()).toInstant());
  }
}
