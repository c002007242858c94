package jp.mamori.provision.registry;

import java.util.Set;

/**
 * What a patient objected to at the desk (000 *1-*3: without a request the patient is taken to agree; a request can
 * be withdrawn or changed at any time), with the purposes of use (codes of the purpose registry) it takes away; and
 * the 次世代医療基盤法 opt-out (001), which stops every provision to a certified producer.
 */
public enum ObjectionKind {
  /** 000 *1: no disclosure to other medical institutions (外部利用 1-3). */
  OTHER_INSTITUTIONS(Set.of("ART17-2-I", "ART17-2-RO", "ART17-2-HA")),
  /** Information given to the family (外部利用 5). */
  FAMILY(Set.of("ART17-2-HO")),
  /** Being named in a ward list (院内利用 3). */
  WARD_LIST(Set.of("ART17-1-HA")),
  /** Use in case reports and studies (院内利用 8). */
  CASE_REPORTS(Set.of("ART17-1-CHI")),
  /** 001: the patient stops the provision of their data to a certified producer (次世代医療基盤法). */
  NEXT_GEN_OPT_OUT(Set.of());

  private final Set<String> purposeCodes;

  ObjectionKind(Set<String> purposeCodes) {
    this.purposeCodes = purposeCodes;
  }

  /** Whether a provision within this purpose goes against the objection. */
  public boolean covers(String purposeCode) {
    return purposeCode != null && purposeCodes.contains(purposeCode);
  }
}
