package jp.mamori.organization;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The titles the roles carry in this institution (its profile, {@link InstitutionProfile}): every page, list and
 * letter that names a role asks here instead of {@link Role}'s built-in names.
 */
@Component("roleTitles")
public class RoleTitles {

  private final InstitutionProfile profile;

  RoleTitles(@Value("${" + InstitutionProfile.PROPERTY + ":" + InstitutionProfile.DEFAULT + "}") String profile) {
    this.profile = InstitutionProfile.load(profile);
  }

  public String title(Role role, Locale locale) {
    return profile.title(role, locale);
  }

  /** For a group id that may not be a role (then the id itself). */
  public String title(String groupId, Locale locale) {
    return Role.ofGroupId(groupId).map(r -> title(r, locale)).orElse(groupId);
  }

  public InstitutionProfile profile() {
    return profile;
  }
}
