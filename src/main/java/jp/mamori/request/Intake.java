package jp.mamori.request;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.process.CaseVariables;
import jp.mamori.request.RequesterType.SeenDocument;

/** What the desk registers from the request form (第30条), as the start form wrote it. */
public record Intake(RequestKind kind, LocalDate receivedOn, String receivedVia, String patientNumber,
    String patientName, LocalDate patientBirthDate, String requestedData, String requestDetail,
    String disclosureMethod, RequesterType requesterType, String requesterName, String requesterRelation,
    String agentKind, Set<SeenDocument> documentsSeen, String patientAbleToJudge, List<Long> ledgerEntryIds) {

  /** Unknown choices become null and are refused by {@link Requests#register}. */
  static Intake of(Map<String, Object> vars) {
    String ids = CaseVariables.text(vars, "ledgerEntryIds");
    List<Long> entryIds = ids == null ? List.of() : java.util.Arrays.stream(ids.split(","))
        .map(String::trim).filter(s -> s.matches("[0-9]{1,18}")).map(Long::valueOf).distinct().toList();
    Set<SeenDocument> seen = CaseVariables.list(vars.get("documentsSeen")).stream().map(SeenDocument::of)
        .flatMap(java.util.Optional::stream).collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(SeenDocument.class)));
    return new Intake(RequestKind.of(vars.get("requestKind")).orElse(null), CaseVariables.date(vars, "receivedOn"),
        CaseVariables.text(vars, "receivedVia", "counter"), CaseVariables.text(vars, "patientNumber"),
        CaseVariables.text(vars, "patientName"), CaseVariables.date(vars, "patientBirthDate"),
        CaseVariables.text(vars, "requestedData"), CaseVariables.text(vars, "requestDetail"),
        CaseVariables.text(vars, "disclosureMethod"), RequesterType.of(vars.get("requesterType")).orElse(null),
        CaseVariables.text(vars, "requesterName"), CaseVariables.text(vars, "requesterRelation"),
        CaseVariables.text(vars, "agentKind"), seen, CaseVariables.text(vars, "patientAbleToJudge"), entryIds);
  }

  /** A legal representative or an agent asks for a patient able to judge: the patient is asked (Keio 30-3). */
  public boolean needsConfirmation() {
    return requesterType != null && requesterType.actsForThePatient() && "yes".equals(patientAbleToJudge);
  }
}
