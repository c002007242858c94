package jp.mamori.incident;

import java.time.Duration;
import java.util.List;
import jp.mamori.web.ModelBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * {@code mamori.incident.*}: the emergency contact chain of 第34条 (roles and named people notified at once of a
 * report), the preliminary report's deadline in calendar days from awareness (APPI: 速やかに, about 3–5 days), when
 * the reports are reminded and escalated before their deadlines, and how long the head may leave a report without
 * setting up the headquarters. Read by the model as {@code ${incidentSettings.…}}.
 */
@ModelBean
@Component("incidentSettings")
@ConfigurationProperties("mamori.incident")
public class IncidentSettings {

  private List<String> contactRoles = List.of("total-manager", "supervising-manager", "corporate-officer");
  private List<String> contactUsers = List.of();
  private int preliminaryDays = 3;
  private Duration preliminaryReminder = Duration.ofDays(1);
  private Duration preliminaryEscalation = Duration.ofHours(12);
  private Duration finalReminder = Duration.ofDays(7);
  private Duration finalEscalation = Duration.ofDays(2);
  private Duration setUpReminder = Duration.ofHours(2);
  private Duration setUpEscalation = Duration.ofHours(4);
  private Duration firstStepHours = Duration.ofHours(24);
  private Duration firstStepEscalation = Duration.ofHours(36);
  private List<String> specialCareWords = List.of("病名", "病歴", "診療", "診断", "検査", "処方", "カルテ", "既往",
      "障害", "健康診断", "服薬", "手術", "妊娠", "入院");

  /** 規則第7条第1号: words in the reported data items that name 要配慮 data (the head must tick it or say why not). */
  public List<String> getSpecialCareWords() {
    return specialCareWords;
  }

  public void setSpecialCareWords(List<String> specialCareWords) {
    this.specialCareWords = List.copyOf(specialCareWords);
  }

  public List<String> getContactRoles() {
    return contactRoles;
  }

  public void setContactRoles(List<String> contactRoles) {
    this.contactRoles = List.copyOf(contactRoles);
  }

  public List<String> getContactUsers() {
    return contactUsers;
  }

  public void setContactUsers(List<String> contactUsers) {
    this.contactUsers = List.copyOf(contactUsers);
  }

  public int getPreliminaryDays() {
    return preliminaryDays;
  }

  public void setPreliminaryDays(int preliminaryDays) {
    if (preliminaryDays < 1 || preliminaryDays > 5) {
      throw new IllegalArgumentException("mamori.incident.preliminary-days must be 1 to 5 (APPI: about 3-5 days)");
    }
    this.preliminaryDays = preliminaryDays;
  }

  public Duration getPreliminaryReminder() {
    return preliminaryReminder;
  }

  public void setPreliminaryReminder(Duration preliminaryReminder) {
    this.preliminaryReminder = preliminaryReminder;
  }

  public Duration getPreliminaryEscalation() {
    return preliminaryEscalation;
  }

  public void setPreliminaryEscalation(Duration preliminaryEscalation) {
    this.preliminaryEscalation = preliminaryEscalation;
  }

  public Duration getFinalReminder() {
    return finalReminder;
  }

  public void setFinalReminder(Duration finalReminder) {
    this.finalReminder = finalReminder;
  }

  public Duration getFinalEscalation() {
    return finalEscalation;
  }

  public void setFinalEscalation(Duration finalEscalation) {
    this.finalEscalation = finalEscalation;
  }

  /** ISO-8601 duration for the set-up task's reminder timer. */
  public String getSetUpReminder() {
    return setUpReminder.toString();
  }

  public void setSetUpReminder(Duration setUpReminder) {
    this.setUpReminder = setUpReminder;
  }

  /** ISO-8601 duration for the set-up task's escalation timer. */
  public String getSetUpEscalation() {
    return setUpEscalation.toString();
  }

  public void setSetUpEscalation(Duration setUpEscalation) {
    this.setUpEscalation = setUpEscalation;
  }

  /**
   * Issue #13 item 5: the first steps (report to the corporate officer, containment) are due this long after the
   * set-up — not in business days — when the 速報's deadline comes before the next business day's due time.
   */
  public Duration getFirstStepHours() {
    return firstStepHours;
  }

  public void setFirstStepHours(Duration firstStepHours) {
    this.firstStepHours = firstStepHours;
  }

  /** The first steps' escalation in that case, this long after the set-up (never after the 速報's deadline). */
  public Duration getFirstStepEscalation() {
    return firstStepEscalation;
  }

  public void setFirstStepEscalation(Duration firstStepEscalation) {
    this.firstStepEscalation = firstStepEscalation;
  }
}
