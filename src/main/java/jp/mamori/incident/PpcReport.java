package jp.mamori.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A report to the Personal Information Protection Commission with the nine items of the rules (個人情報保護法施行規則
 * 第8条1項): summary, data items, number of persons, cause, secondary damage, response to the persons, publication,
 * recurrence prevention, other.
 */
@Entity
@Table(name = "incident_ppc_report")
public class PpcReport {

  /** The nine items in the order of the rules: form field key → Japanese label. */
  public static final Map<String, String> ITEMS = items();

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "incident_id", nullable = false)
  private Long incidentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PpcReportKind kind;

  private String summary;

  @Column(name = "data_items")
  private String dataItems;

  private String persons;
  private String cause;

  @Column(name = "secondary_damage")
  private String secondaryDamage;

  @Column(name = "response_to_persons")
  private String responseToPersons;

  private String publication;
  private String prevention;

  @Column(name = "other_matters")
  private String otherMatters;

  @Column(name = "submitted_by", nullable = false)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false)
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

  private static Map<String, String> items() {
    Map<String, String> items = new LinkedHashMap<>();
    items.put("ppcSummary", "(1) 概要");
    items.put("ppcDataItems", "(2) 漏えい等が発生し、又は発生したおそれがある個人データの項目");
    items.put("ppcPersons", "(3) 漏えい等が発生し、又は発生したおそれがある個人データに係る本人の数");
    items.put("ppcCause", "(4) 原因");
    items.put("ppcSecondaryDamage", "(5) 二次被害又はそのおそれの有無及びその内容");
    items.put("ppcResponseToPersons", "(6) 本人への対応の実施状況");
    items.put("ppcPublication", "(7) 公表の実施状況");
    items.put("ppcPrevention", "(8) 再発防止のための措置");
    items.put("ppcOther", "(9) その他参考となる事項");
    return java.util.Collections.unmodifiableMap(items);
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
