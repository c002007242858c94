package jp.mamori.outsourcing.registry;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The clauses the draft confirmation document must contain (第25条2(2) イ–ホ) plus the ban on re-outsourcing
 * without prior permission (Keio 22). The values are the form's checklist values.
 */
public enum Clause {
  CONFIDENTIALITY("confidentiality", "(イ) 守秘義務", "(i) confidentiality"),
  RESPONSIBLE_PERSON("responsiblePerson", "(ロ) 委託先の安全管理責任者", "(ro) contractor's responsible person"),
  CUSTODY("custody", "(ハ) 秘密保持・管理の方法", "(ha) custody and management methods"),
  ACCIDENT("accident", "(ニ) 漏洩・事故時の措置と責任分担", "(ni) measures and liability on a leak or accident"),
  REPORTING("reporting", "(ホ) 安全管理の報告と監査の受入れ", "(ho) safety reports and acceptance of audits"),
  NO_REOUTSOURCING("noReoutsourcing", "再委託の事前許可(慶應22条)", "no re-outsourcing without permission (Keio 22)");

  private final String value;
  private final String labelJa;
  private final String labelEn;

  Clause(String value, String labelJa, String labelEn) {
    this.value = value;
    this.labelJa = labelJa;
    this.labelEn = labelEn;
  }

  public String value() {
    return value;
  }

  public String label(boolean japanese) {
    return japanese ? labelJa : labelEn;
  }

  /** The clauses not among the given checklist values, in the regulation's order. */
  public static List<Clause> missingFrom(Collection<String> values) {
    return Arrays.stream(values()).filter(c -> !values.contains(c.value)).toList();
  }
}
