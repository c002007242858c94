package jp.mamori.provision.registry;

import java.time.Period;
import java.time.format.DateTimeParseException;
import jp.mamori.process.DeadlineSettings;
import jp.mamori.web.ModelBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Third-party provision's configuration, read by the model as {@code ${provisionSettings.…}}: how long the records
 * of provision and receipt are kept ({@code mamori.provision.record-retention}, ISO-8601 period, default P3Y, APPI
 * 施行規則 第14条・第18条), the age from which a minor signs a consent besides the legal representative
 * ({@code mamori.provision.minor-own-consent-age}, default 15, Keio 11), the age of majority (18, 民法第4条), and
 * the business days of the approval and the confirmation before the reminder and the escalation.
 */
@ModelBean
@Component("provisionSettings")
public class ProvisionSettings extends DeadlineSettings {

  static final int AGE_OF_MAJORITY = 18;

  private final Period recordRetention;
  private final int minorOwnConsentAge;

  ProvisionSettings(@Value("${mamori.provision.record-retention:P3Y}") String recordRetention,
      @Value("${mamori.provision.minor-own-consent-age:15}") int minorOwnConsentAge,
      @Value("${mamori.provision.review-days:2}") int reviewDays,
      @Value("${mamori.provision.escalation-days:2}") int escalationDays) {
    super("mamori.provision.*-days", reviewDays, escalationDays);
    this.recordRetention = retention(recordRetention);
    if (minorOwnConsentAge < 1 || minorOwnConsentAge > AGE_OF_MAJORITY) {
      throw new IllegalArgumentException("mamori.provision.minor-own-consent-age must be between 1 and "
          + AGE_OF_MAJORITY + ": " + minorOwnConsentAge);
    }
    this.minorOwnConsentAge = minorOwnConsentAge;
  }

  static Period retention(String text) {
    try {
      Period period = Period.parse(text);
      if (period.isNegative() || period.toTotalMonths() < 12) {
        throw new IllegalArgumentException("mamori.provision.record-retention must be at least a year: " + text);
      }
      return period;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("mamori.provision.record-retention must be an ISO-8601 period such as P3Y: "
          + text, e);
    }
  }

  public Period getRecordRetention() {
    return recordRetention;
  }

  public int getMinorOwnConsentAge() {
    return minorOwnConsentAge;
  }
}
