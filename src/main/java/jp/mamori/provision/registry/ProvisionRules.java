package jp.mamori.provision.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import jp.mamori.purpose.registry.Purpose;
import jp.mamori.purpose.registry.PurposeRegistry;
import jp.mamori.web.ActionRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a provision may go ahead (第26条): it needs a basis — a purpose of use in force (1項), a consent in force
 * of that patient to that recipient (2項, 別紙3), or an exception ground of 2項各号 (approved later, 3項); no
 * standing objection of a patient may cover the purpose (000 *1-*3), and no patient who opted out may be provided
 * to a certified producer (001). Checked when the case is filed and again before the data leave.
 */
@Service
public class ProvisionRules {

  private static final Pattern PATIENT_NUMBER = Pattern.compile("[A-Za-z0-9-]{1,40}");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s,、，]+");
  static final int MAX_PATIENTS = 500;

  private final PurposeRegistry purposes;
  private final Consents consents;
  private final Objections objections;

  ProvisionRules(PurposeRegistry purposes, Consents consents, Objections objections) {
    this.purposes = purposes;
    this.consents = consents;
    this.objections = objections;
  }

  /** The patient numbers of a form's text (one or a group; separated by spaces, commas or lines), unique. */
  public static List<String> patients(String text) {
    if (text == null || text.isBlank()) {
      throw new ActionRefused("provision.error.noPatients");
    }
    List<String> numbers = new ArrayList<>(new LinkedHashSet<>(Arrays.stream(SEPARATORS.split(text.strip()))
        .filter(s -> !s.isEmpty()).toList()));
    for (String number : numbers) {
      if (!PATIENT_NUMBER.matcher(number).matches()) {
        throw new ActionRefused("provision.error.patientNumber", number);
      }
    }
    if (numbers.size() > MAX_PATIENTS) {
      throw new ActionRefused("provision.error.tooManyPatients", MAX_PATIENTS);
    }
    return List.copyOf(numbers);
  }

  /**
   * @return the standing objections of the patients (to be shown to the people who decide), when none refuses
   * @throws ActionRefused when the request has no basis, or its basis does not hold
   */
  @Transactional(readOnly = true)
  public List<Objection> check(ProvisionRequest request) {
    if (request.basis() == null) {
      throw new ActionRefused("provision.error.noBasis");
    }
    switch (request.basis()) {
      case PURPOSE -> {
        if (request.purposeCode() == null || purposes.active().stream().map(Purpose::getCode)
            .noneMatch(request.purposeCode()::equals)) {
          throw new ActionRefused("provision.error.purposeUnknown", String.valueOf(request.purposeCode()));
        }
      }
      case CONSENT -> consents.requireFor(request.consentId(), request.patients(), request.recipient());
      case EXCEPTION -> {
        if (request.exceptionGround() == null) {
          throw new ActionRefused("provision.error.noExceptionGround");
        }
      }
      default -> throw new ActionRefused("provision.error.noBasis");
    }
    List<Objection> standing = objections.standing(request.patients());
    for (Objection objection : standing) {
      if (objection.getKind() == ObjectionKind.NEXT_GEN_OPT_OUT && request.toCertifiedProducer()) {
        throw new ActionRefused("provision.error.optedOut", objection.getPatientNumber());
      }
      if (request.basis() == Basis.PURPOSE && objection.getKind().covers(request.purposeCode())) {
        throw new ActionRefused("provision.error.objected", objection.getPatientNumber(), request.purposeCode());
      }
    }
    return standing;
  }
}
