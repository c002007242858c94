package jp.mamori.incident;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mamori.web.Messages;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A report to the Personal Information Protection Commission with the nine items of the rules (個人情報保護法施行規則
 * 第8条1項): summary, data items, number of persons, cause, secondary damage, response to the persons, publication,
 * recurrence prevention, other.
 */
@Table("incident_ppc_report")
public class PpcReport {

  /** The nine items in the order of the rules: form field key → Japanese label (the rules' wording). */
  public static final Map<String, String> ITEMS = items();

  @Id
  private Long id;

  @Column("incident_id")
  private Long incidentId;

  private PpcReportKind kind;

  private String summary;

  @Column("data_items")
  private String dataItems;

  private String persons;
  private String cause;

  @Column("secondary_damage")
  private String secondaryDamage;

  @Column("response_to_persons")
  private String responseToPersons;

  private String publication;
  private String prevention;

  @Column("other_matters")
  private String otherMatters;

  @Column("submitted_by")
  private String submittedBy;

  @Column("submitted_at")
  private Instant submittedAt;

  protected PpcReport() {}

  PpcReport(Long incidentId, PpcReportKind kind, Map<String, String> items, String submittedBy, Instant now) {
    this.incidentId = incidentId;
    this.kind = kind;
    this.summary = items.get("ppcSummary");
    this.dataItems = items.get("ppcDataItems");
    this.persons = items.get("ppcPersons");
    this.cause = items.get("ppcCause");
    this.secondaryDamage = items.get("ppcSecondaryDamage");
    this.responseToPersons = items.get("ppcResponseToPersons");
    this.publication = items.get("ppcPublication");
    this.prevention = items.get("ppcPrevention");
    this.otherMatters = items.get("ppcOther");
    this.submittedBy = submittedBy;
    this.submittedAt = now;
  }

  /**
   * The items' labels live in the bundle ({@code incident.ppc.item.<field>}, ADR 0032): the Japanese wording is the
   * rules' (規則第8条1項), the English one is shown to English readers of the print view.
   */
  private static Map<String, String> items() {
    Map<String, String> items = new LinkedHashMap<>();
    for (String item : List.of("ppcSummary", "ppcDataItems", "ppcPersons", "ppcCause", "ppcSecondaryDamage",
        "ppcResponseToPersons", "ppcPublication", "ppcPrevention", "ppcOther")) {
      items.put(item, label(Locale.JAPANESE, item));
    }
    return java.util.Collections.unmodifiableMap(items);
  }

  /** An item's label in a language. */
  public static String label(Locale locale, String item) {
    return Messages.text(locale, "incident.ppc.item." + item);
  }

  /** The nine items' values, in order, keyed like {@link #ITEMS}. */
  public Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("ppcSummary", summary);
    values.put("ppcDataItems", dataItems);
    values.put("ppcPersons", persons);
    values.put("ppcCause", cause);
    values.put("ppcSecondaryDamage", secondaryDamage);
    values.put("ppcResponseToPersons", responseToPersons);
    values.put("ppcPublication", publication);
    values.put("ppcPrevention", prevention);
    values.put("ppcOther", otherMatters);
    return values;
  }

  public PpcReportKind getKind() {
    return kind;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }
}
