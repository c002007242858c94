package jp.mamori.amendment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.mamori.notification.Notifications;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.organization.StaffMember;
import jp.mamori.organization.calendar.BusinessCalendar;
import jp.mamori.policy.PublishedPolicy;
import jp.mamori.process.CaseVariables;
import jp.mamori.trail.AuditTrail;
import jp.mamori.trail.CaseRef;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.Messages;
import jp.mamori.web.StoredText;
import jp.mamori.web.ModelBean;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The glue of processes/regulationAmendment.bpmn (第37条; Keio 6, 41). The committee's members are fixed when the
 * amendment is proposed: one ballot row each, in the database, so that the vote tasks, the one-vote-each rule and
 * the count never depend on a variable a client could write. The voter is the login that completes the task.
 */
@ModelBean
@Component("amendmentCase")
public class AmendmentCase {

  static final String COMMITTEE = "committee";
  private static final Set<String> VOTES = Set.of(Ballot.FOR, Ballot.AGAINST, Ballot.ABSTAIN);

  private final AmendmentRepository amendments;
  private final BallotRepository ballots;
  private final AmendmentSettings settings;
  private final StaffDirectory staff;
  private final BusinessCalendar calendar;
  private final PublishedPolicy policy;
  private final Notifications notifications;
  private final AuditTrail trail;
  private final IdentityService identityService;
  private final Clock clock;

  AmendmentCase(AmendmentRepository amendments, BallotRepository ballots, AmendmentSettings settings,
      StaffDirectory staff, BusinessCalendar calendar, PublishedPolicy policy, Notifications notifications,
      AuditTrail trail, @Lazy IdentityService identityService, Clock clock) {
    this.amendments = amendments;
    this.ballots = ballots;
    this.settings = settings;
    this.staff = staff;
    this.calendar = calendar;
    this.policy = policy;
    this.notifications = notifications;
    this.trail = trail;
    this.identityService = identityService;
    this.clock = clock;
  }

  /** 第37条: records the proposal with the committee as it is now, one ballot per member; sets the opinions' deadline. */
  @Transactional
  public void proposed(DelegateExecution execution) {
    var variables = execution.getVariables();
    List<String> members = staff.membersOf(COMMITTEE).stream().map(StaffMember::id).sorted().toList();
    if (members.isEmpty()) {
      throw new ActionRefused("amendment.error.noCommittee");
    }
    Amendment amendment = amendments.save(new Amendment(execution.getProcessBusinessKey(),
        CaseVariables.text(variables, "title"), CaseVariables.text(variables, "changedArticles"),
        CaseVariables.text(variables, "policyText"), String.valueOf(execution.getVariable("initiator")),
        clock.instant(), settings.getVotingRule(), members.size()));
    members.forEach(m -> ballots.save(new Ballot(amendment.getId(), m, null)));
    execution.setVariable("opinionDueAt", calendar.dueInBusinessDays(settings.getOpinionDays()));
    execution.setVariable("votingRuleText",
        Messages.text(Locale.JAPANESE, "amendment.rule." + settings.getVotingRule().id(), members.size()));
  }

  /** The information managers asked for their opinion (第37条: 個人情報管理者の意見を聞き). */
  public List<String> informationManagers(DelegateExecution execution) {
    return staff.membersOf("information-manager").stream().map(StaffMember::id).sorted().toList();
  }

  /** The members who vote: those of the proposal's ballots, from the database. */
  public List<String> committeeMembers(DelegateExecution execution) {
    return ballots.findByAmendmentId(of(execution.getProcessBusinessKey()).getId()).stream().map(Ballot::getVoter)
        .sorted().toList();
  }

  /** 第37条: an information manager's opinion, in the trail and in the summary the members read before voting. */
  public void opinionGiven(DelegateTask task) {
    String opinion = CaseVariables.text(task.getVariable("opinion"));
    if (opinion == null) {
      throw new ActionRefused("amendment.error.opinion");
    }
    String manager = staff.displayName(task.getAssignee());
    String previous = CaseVariables.text(task.getExecution().getVariable("opinionsSummary"));
    String line = manager + ": " + opinion;
    task.getExecution().getProcessInstance().setVariable("opinionsSummary",
        previous == null ? line : previous + "\n" + line);
  }

  /** The vote opens: its deadline, and each member is told. */
  public void voteOpened(DelegateExecution execution) {
    execution.setVariable("voteDueAt", calendar.dueInBusinessDays(settings.getVoteDays()));
    notifications.toUsers(committeeMembers(execution),
        StoredText.of("amendment.notice.vote", execution.getProcessBusinessKey()),
        StoredText.of("amendment.notice.voteBody", execution.getVariable("title")), null);
  }

  /** A member's vote task is that member's ballot. */
  @Transactional
  public void ballotOpened(DelegateTask task) {
    Amendment amendment = of(task.getExecution().getProcessBusinessKey());
    ballots.findByAmendmentIdAndVoter(amendment.getId(), task.getAssignee()).ifPresent(b -> {
      b.open(task.getId());
      ballots.save(b);
    });
  }

  /** One vote each, by the member themselves: the login that completes must be the ballot's voter. */
  @Transactional
  public void voted(DelegateTask task) {
    Ballot ballot = ballots.findByTaskId(task.getId()).orElseThrow(() -> new ActionRefused("amendment.error.noBallot"));
    var authentication = identityService.getCurrentAuthentication();
    String actor = authentication == null ? task.getAssignee() : authentication.getUserId();
    if (!ballot.getVoter().equals(actor)) {
      throw new ActionRefused("amendment.error.notYourBallot", staff.displayName(ballot.getVoter()));
    }
    if (ballot.getVote() != null) {
      throw new ActionRefused("amendment.error.alreadyVoted");
    }
    String vote = CaseVariables.text(task.getVariable("vote"));
    if (!VOTES.contains(vote)) {
      throw new ActionRefused("amendment.error.vote");
    }
    ballot.cast(vote, clock.instant());
    ballots.save(ballot);
  }

  /** Counts the ballots by the rule fixed at the proposal; members without a ballot cast were absent. */
  @Transactional
  public void count(DelegateExecution execution) {
    Amendment amendment = of(execution.getProcessBusinessKey());
    List<Ballot> cast = ballots.findByAmendmentId(amendment.getId());
    VoteCount count = amendment.getVotingRule().count(amendment.getMembers(), votes(cast, Ballot.FOR),
        votes(cast, Ballot.AGAINST), votes(cast, Ballot.ABSTAIN));
    amendment.counted(count, clock.instant());
    amendments.save(amendment);
    String result = Messages.text(Locale.JAPANESE, "amendment.result", count.votesFor(), count.votesAgainst(),
        count.abstentions(), count.members(), count.present(),
        Messages.text(Locale.JAPANESE, count.adopted() ? "amendment.result.adopted"
            : count.quorum() ? "amendment.result.rejected" : "amendment.result.noQuorum"));
    execution.setVariable("adopted", count.adopted());
    execution.setVariable("voteResult", result);
    trail.record("system", "AMENDMENT_VOTE_COUNTED", ref(execution), amendment.getTitle(), result, count.summary());
    notifications.toRole("supervising-manager",
        Messages.text(Locale.JAPANESE, "amendment.notice.counted", execution.getProcessBusinessKey()), result, null);
    if (count.adopted()) {
      notifications.toRole("total-manager",
          Messages.text(Locale.JAPANESE, "amendment.notice.counted", execution.getProcessBusinessKey()), result, null);
    }
  }

  /** 第37条 執行 (Keio 41: 塾長が決定): the effective date; a changed basic policy becomes its next version (第3条2). */
  @Transactional
  public void enacted(DelegateTask task) {
    LocalDate effectiveOn = CaseVariables.date(task.getVariables(), "effectiveOn");
    if (effectiveOn == null || effectiveOn.isBefore(LocalDate.ofInstant(clock.instant(), calendar.settings().zone()))) {
      throw new ActionRefused("amendment.error.effectiveOn");
    }
    Amendment amendment = of(task.getExecution().getProcessBusinessKey());
    var authentication = identityService.getCurrentAuthentication();
    String actor = authentication == null ? task.getAssignee() : authentication.getUserId();
    amendment.enacted(effectiveOn, actor);
    amendments.save(amendment);
    if (amendment.getPolicyText() != null) {
      int version = policy.publish(amendment.getPolicyText(), effectiveOn, amendment.getCaseKey()).getVersionNo();
      task.getExecution().setVariable("policyVersion", version);
    }
  }

  public void rejected(DelegateExecution execution) {
    notifications.toUsers(List.of(String.valueOf(execution.getVariable("initiator"))),
        Messages.text(Locale.JAPANESE, "amendment.notice.rejected", execution.getProcessBusinessKey()),
        String.valueOf(execution.getVariable("voteResult")), null);
  }

  private Amendment of(String caseKey) {
    return amendments.findByCaseKey(caseKey).orElseThrow(() -> new IllegalStateException("no amendment " + caseKey));
  }

  private static int votes(List<Ballot> cast, String vote) {
    return (int) cast.stream().filter(b -> vote.equals(b.getVote())).count();
  }

  private static CaseRef ref(DelegateExecution execution) {
    return new CaseRef(execution.getProcessInstanceId(), execution.getProcessBusinessKey(), null);
  }
}
