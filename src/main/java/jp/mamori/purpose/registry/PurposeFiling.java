package jp.mamori.purpose.registry;

import static jp.mamori.process.CaseVariables.list;
import static jp.mamori.process.CaseVariables.text;

import java.util.List;
import java.util.Map;

/**
 * A notification to acquire personal information for a new purpose (第12条2), as the handler filed it: the
 * purpose, the records (第14条 collection methods, 第21条 storage, 第23条 retention) and the special categories of
 * 第15条 with their legal basis. Read from the process variables the forms wrote.
 */
public record PurposeFiling(String purposeText, String purposeTextEn, PurposeCategory category, String department,
    String recordTitle, String dataItems, String dataSubjects, List<String> collectionMethods, String storagePlace,
    String storageMethod, String retentionPeriod, List<String> specialCategories, boolean relatedToIllness,
    String legalBasis, String acquisitionRule) {

  public static PurposeFiling of(Map<String, Object> variables) {
    return new PurposeFiling(text(variables, "purposeText"), text(variables, "purposeTextEn"),
        PurposeCategory.valueOf(text(variables, "category")), text(variables, "department"),
        text(variables, "recordTitle"), text(variables, "dataItems"), text(variables, "dataSubjects"),
        list(variables.get("collectionMethods")), text(variables, "storagePlace"), text(variables, "storageMethod"),
        text(variables, "retentionPeriod"), list(variables.get("specialCategories")),
        Boolean.TRUE.equals(variables.get("relatedToIllness")), text(variables, "legalBasis"),
        text(variables, "acquisitionRule"));
  }

  public boolean hasSpecialCategory() {
    return !specialCategories.isEmpty();
  }
}
