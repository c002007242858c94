package jp.mamori.modeling;

import java.io.Serializable;
import java.util.List;

/**
 * What a migration from one version to another would do, shown before it is done: the activities of the old
 * version that have no counterpart in the new one, and each running case, whether it can move and if not, why.
 */
public record MigrationPreview(ProcessVersion source, ProcessVersion target, List<String> planFailures,
    List<UnmappedActivity> unmapped, List<InstanceCheck> instances) implements Serializable {

  public List<InstanceCheck> migratable() {
    return instances.stream().filter(InstanceCheck::migratable).toList();
  }

  public List<InstanceCheck> blocked() {
    return instances.stream().filter(i -> !i.migratable()).toList();
  }

  public boolean canMigrate() {
    return planFailures.isEmpty() && !migratable().isEmpty();
  }

  /** An activity of the old version that the new version does not have. */
  public record UnmappedActivity(String activityId, String name, long waiting) implements Serializable {}

  /** One running case: where it waits, and what keeps it from moving (empty when it can). */
  public record InstanceCheck(String processInstanceId, String businessKey, List<String> activityIds,
      List<String> problems) implements Serializable {

    public boolean migratable() {
      return problems.isEmpty();
    }
  }
}
