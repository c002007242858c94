package jp.mamori.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The versions of the basic policy (第3条2): a new one per adopted amendment that changes it (第37条). */
@Service
public class PublishedPolicy {

  private final PolicyVersionRepository versions;
  private final Clock clock;

  PublishedPolicy(PolicyVersionRepository versions, Clock clock) {
    this.versions = versions;
    this.clock = clock;
  }

  /** Adds the next version, in force from {@code effectiveOn}. */
  @Transactional
  public PolicyVersion publish(String text, LocalDate effectiveOn, String amendmentKey) {
    int next = versions.findFirstByOrderByVersionNoDesc().map(v -> v.getVersionNo() + 1).orElse(1);
    return versions.save(new PolicyVersion(next, text, effectiveOn, amendmentKey, clock.instant()));
  }

  /** The version in force on a day: the latest whose effective date has come. */
  public Optional<PolicyVersion> inForceOn(LocalDate day) {
    return versions.findAllByOrderByVersionNoDesc().stream().filter(v -> !v.getEffectiveOn().isAfter(day))
        .findFirst();
  }

  /** Every version, newest first (including one adopted but not yet in force). */
  public List<PolicyVersion> all() {
    return versions.findAllByOrderByVersionNoDesc();
  }
}
