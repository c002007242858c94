package jp.mamori.modeling;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import jp.mamori.organization.StaffDirectory;
import jp.mamori.security.CurrentUser;
import jp.mamori.security.StaffPrincipal;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.Messages;
import org.springframework.stereotype.Component;

/**
 * Backs versions.xhtml: the procedures, the versions of one ({@code ?key=}), the diagram of one version
 * ({@code &definition=}) and the migration of running cases between two versions.
 */
@Component
@ViewScoped
public class VersionsView implements Serializable {

  static final String STARTUP_DEPLOYMENT = "SpringAutoDeployment";

  private final transient ProcessVersions versions;
  private final transient InstanceMigration migration;
  private final transient CurrentUser currentUser;
  private final transient StaffDirectory staff;

  private String key;
  private String definition;
  private List<ProcedureSummary> procedures;
  private List<ProcessVersion> keyVersions;
  private String sourceId;
  private String targetId;
  private String reason;
  private MigrationPreview preview;

  VersionsView(ProcessVersions versions, InstanceMigration migration, CurrentUser currentUser,
      StaffDirectory staff) {
    this.versions = versions;
    this.migration = migration;
    this.currentUser = currentUser;
    this.staff = staff;
  }

  private StaffPrincipal user() {
    return currentUser.require();
  }

  public boolean isAllowed() {
    return ProcessVersions.mayManage(currentUser.principal().orElse(null));
  }

  public List<ProcedureSummary> getProcedures() {
    if (procedures == null) {
      procedures = isAllowed() ? versions.procedures(user()) : List.of();
    }
    return procedures;
  }

  public List<ProcessVersion> getVersions() {
    if (keyVersions == null) {
      keyVersions = isAllowed() && key != null && !key.isBlank() ? versions.versions(user(), key) : List.of();
    }
    return keyVersions;
  }

  /** The version whose diagram is shown: the one asked for, else the newest. */
  public ProcessVersion getShown() {
    List<ProcessVersion> all = getVersions();
    return all.stream().filter(v -> v.definitionId().equals(definition)).findFirst()
        .orElse(all.isEmpty() ? null : all.get(0));
  }

  public String getDiagramXml() {
    ProcessVersion shown = getShown();
    return shown == null ? "" : versions.diagramXml(user(), shown.definitionId());
  }

  public String getWaitingCounts() {
    ProcessVersion shown = getShown();
    return shown == null ? "" : versions.waitingCounts(user(), shown.definitionId());
  }

  /** Versions that still have running cases: the only sources a migration can have. */
  public List<ProcessVersion> getSources() {
    return getVersions().stream().filter(v -> v.running() > 0).toList();
  }

  public void check() {
    preview = null;
    if (sourceId == null || targetId == null) {
      Messages.error("versions.error.pair");
      return;
    }
    try {
      preview = migration.preview(user(), sourceId, targetId);
    } catch (ActionRefused e) {
      Messages.refused(e);
    }
  }

  public String migrate() {
    if (preview == null) {
      Messages.error("versions.error.preview");
      return null;
    }
    try {
      List<String> moved = migration.migrate(user(), preview.source().definitionId(),
          preview.target().definitionId(), reason);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info("versions.migrated", moved.size(), preview.source().version(), preview.target().version());
      return "/versions?faces-redirect=true&key=" + key + "&definition=" + preview.target().definitionId();
    } catch (ActionRefused e) {
      Messages.refused(e);
      return null;
    }
  }

  /** Who deployed: a name, or the system for the start-up deployment from processes/. */
  public String deployedBy(ProcessVersion version) {
    if (version.deployedBy() != null) {
      return staff.displayName(version.deployedBy());
    }
    return text(STARTUP_DEPLOYMENT.equals(version.deploymentName()) ? "versions.system.startup"
        : "versions.system.other");
  }

  /** The reasons a case cannot move, in words. */
  public String problemText(String problem) {
    if (problem.startsWith("unmapped:")) {
      String activity = problem.substring("unmapped:".length());
      return text("versions.problem.unmapped", activityName(activity), activity);
    }
    if (problem.startsWith("engine:")) {
      return text("versions.problem.engine", problem.substring("engine:".length()));
    }
    return text("versions.problem.plan");
  }

  private String activityName(String activityId) {
    if (preview == null) {
      return activityId;
    }
    return preview.unmapped().stream().filter(u -> u.activityId().equals(activityId))
        .map(u -> u.name() == null ? activityId : u.name()).findFirst().orElse(activityId);
  }

  public String label(ProcessVersion version) {
    return "v" + version.version() + " (" + text("versions.col.running") + " " + version.running() + ")";
  }

  private static String text(String key, Object... args) {
    FacesContext context = FacesContext.getCurrentInstance();
    Locale locale = context == null ? Locale.JAPANESE : context.getViewRoot().getLocale();
    return Messages.text(locale, key, args);
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getDefinition() {
    return definition;
  }

  public void setDefinition(String definition) {
    this.definition = definition;
  }

  public String getSourceId() {
    return sourceId;
  }

  public void setSourceId(String sourceId) {
    this.sourceId = sourceId;
  }

  public String getTargetId() {
    return targetId;
  }

  public void setTargetId(String targetId) {
    this.targetId = targetId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public MigrationPreview getPreview() {
    return preview;
  }
}
