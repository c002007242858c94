package jp.mamori.purpose.registry;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import jp.mamori.web.BidiControls;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/**
 * Backs the public notice (notice/index.xhtml, no login; 第11条): the privacy policy, the purposes of use read
 * from the registry at every request — so the notice cannot drift from it — the desk (第10条) and how to make
 * requests (第27–32条). Japanese by default, English with {@code ?lang=en}.
 */
@Component
@RequestScope
public class NoticeView {

  private final PurposeRegistry registry;
  private final String hospitalName;
  private final String hospitalNameEn;
  private String lang;
  private List<Purpose> active;

  NoticeView(PurposeRegistry registry, @Value("${mamori.hospital.name:Mamori 総合病院}") String hospitalName,
      @Value("${mamori.hospital.name-en:Mamori General Hospital}") String hospitalNameEn) {
    this.registry = registry;
    this.hospitalName = hospitalName;
    this.hospitalNameEn = hospitalNameEn;
  }

  public Locale getLocale() {
    return isEnglish() ? Locale.ENGLISH : Locale.JAPANESE;
  }

  public boolean isEnglish() {
    return "en".equals(lang);
  }

  public String getHospitalName() {
    return BidiControls.strip(isEnglish() ? hospitalNameEn : hospitalName);
  }

  public List<Purpose> getInHospital() {
    return of(PurposeCategory.IN_HOSPITAL);
  }

  public List<Purpose> getExternal() {
    return of(PurposeCategory.EXTERNAL);
  }

  /** Forms refuse direction controls, but a purpose may come from another channel: the public never sees one. */
  public String text(Purpose purpose) {
    return BidiControls.strip(purpose.text(getLocale()));
  }

  /** When the list last changed: the latest decision on an active purpose. */
  public Date getLastChanged() {
    return active().stream().map(Purpose::getDecidedAt).filter(Objects::nonNull).max(Instant::compareTo)
        .map(Date::from).orElse(null);
  }

  private List<Purpose> of(PurposeCategory category) {
    return active().stream().filter(p -> p.getCategory() == category).toList();
  }

  private List<Purpose> active() {
    if (active == null) {
      active = registry.active();
    }
    return active;
  }

  public String getLang() {
    return lang;
  }

  public void setLang(String lang) {
    this.lang = lang;
  }
}
