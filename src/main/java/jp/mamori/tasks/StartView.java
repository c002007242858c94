package jp.mamori.tasks;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mamori.security.CurrentUser;
import jp.mamori.tasks.form.FormSubmission;
import jp.mamori.web.ActionRefused;
import jp.mamori.web.Messages;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** Backs start.xhtml: the procedures the user's roles may start and, for the chosen one, its start form. */
@Component
@ViewScoped
public class StartView implements Serializable {

  private final transient Procedures procedures;
  private final transient CurrentUser currentUser;
  private final transient List<StartCheck> checks;
  private final transient TaskForms forms;

  private String key;
  private Procedure selected;
  private RenderedForm form;
  /** What the start checks said about the answers last submitted; a second submission of them files the case. */
  private List<String> warnings = List.of();
  private Map<String, Object> warnedAbout;

  StartView(Procedures procedures, CurrentUser currentUser, List<StartCheck> checks, TaskForms forms) {
    this.forms = forms;
    this.procedures = procedures;
    this.currentUser = currentUser;
    this.checks = checks;
  }

  public void load() {
    if (key == null || selected != null) {
      return;
    }
    selected = procedures.startable(currentUser.require(), key).orElse(null);
    if (selected == null) {
      Messages.error("start.error.notAllowed");
      return;
    }
    form = procedures.startForm(selected).flatMap(forms::parse).orElse(null);
  }

  public List<Procedure> getProcedures() {
    return procedures.startableBy(currentUser.require());
  }

  /** The card text of a procedure in the page's language. */
  public ProcedureGuide guide(Procedure procedure) {
    return ProcedureGuide.of(procedure, FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public List<StartedCase> getMyCases() {
    return procedures.startedBy(currentUser.require(), 20);
  }

  public String start() {
    Map<String, Object> variables = Map.of();
    if (form != null) {
      FormSubmission submission = form.submit(FacesContext.getCurrentInstance().getViewRoot().getLocale());
      if (!submission.isValid()) {
        Messages.error("task.validation");
        return null;
      }
      variables = submission.variables();
    }
    if (!variables.equals(warnedAbout)) {
      Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
      Map<String, Object> answers = variables;
      warnings = checks.stream().flatMap(c -> c.warnings(key, answers, locale).stream()).toList();
      if (!warnings.isEmpty()) {
        warnedAbout = variables;
        Messages.warn("start.checkWarnings");
        return null;
      }
    }
    try {
      ProcessInstance instance = procedures.start(currentUser.require(), key, variables);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      Messages.info("start.started", instance.getBusinessKey());
      return "/tasks?faces-redirect=true";
    } catch (ActionRefused e) {
      Messages.refused(e);
      return null;
    }
  }

  public List<String> getWarnings() {
    return warnings;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public Procedure getSelected() {
    return selected;
  }

  public RenderedForm getForm() {
    return form;
  }
}
