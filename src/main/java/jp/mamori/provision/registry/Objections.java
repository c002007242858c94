package jp.mamori.provision.registry;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import jp.mamori.web.ActionRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Patients' objections to listed purposes (000 *1-*3, recorded at the desk; withdrawn or changed at any time) and
 * the 次世代医療基盤法 opt-out (001), which stops at once what was provided to a certified producer.
 */
@Service
public class Objections {

  private final ObjectionRepository objections;
  private final ProvisionRecords records;
  private final Clock clock;

  Objections(ObjectionRepository objections, ProvisionRecords records, Clock clock) {
    this.objections = objections;
    this.records = records;
    this.clock = clock;
  }

  @Transactional
  public Objection record(String patientNumber, ObjectionKind kind, String note, String by) {
    if (patientNumber == null || kind == null) {
      throw new ActionRefused("provision.error.objectionIncomplete");
    }
    Objection objection = objections.save(new Objection(patientNumber, kind, note, by, clock.instant()));
    if (kind == ObjectionKind.NEXT_GEN_OPT_OUT) {
      records.stopForOptOut(patientNumber, by, note == null ? kind.name() : note);
    }
    return objection;
  }

  @Transactional
  public Objection withdraw(Long objectionId, String by) {
    Objection objection = objections.findById(objectionId)
        .orElseThrow(() -> new ActionRefused("provision.error.objectionUnknown", objectionId));
    if (objection.isStanding()) {
      objection.withdraw(by, clock.instant());
      objection = objections.save(objection);
    }
    return objection;
  }

  @Transactional(readOnly = true)
  public List<Objection> ofPatient(String patientNumber) {
    return patientNumber == null ? List.of() : objections.findByPatientNumberOrderByIdDesc(patientNumber);
  }

  /** The objections still standing of any of these patients. */
  @Transactional(readOnly = true)
  public List<Objection> standing(Collection<String> patientNumbers) {
    return patientNumbers.isEmpty() ? List.of() : objections.findByPatientNumberInAndWithdrawnAtIsNull(patientNumbers);
  }
}
