package jp.mamori.purpose;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A complete new-purpose filing (第12条) as the form sends it, for the tests of every channel. */
public final class PurposeFilings {

  private PurposeFilings() {}

  public static Map<String, Object> filing(String purpose) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("purposeText", purpose);
    vars.put("category", "IN_HOSPITAL");
    vars.put("changeOfPurpose", "new");
    vars.put("department", "NURSING");
    vars.put("recordTitle", purpose + " 記録");
    vars.put("dataItems", "氏名、電話番号、退院日");
    vars.put("dataSubjects", "退院患者");
    vars.put("collectionMethods", List.of("self", "interview"));
    vars.put("storagePlace", "看護部 施錠キャビネット");
    vars.put("storageMethod", "lockedCabinet");
    vars.put("retentionPeriod", "5年");
    vars.put("specialCategories", List.of());
    vars.put("relatedToIllness", false);
    vars.put("legalBasis", "none");
    return vars;
  }
}
