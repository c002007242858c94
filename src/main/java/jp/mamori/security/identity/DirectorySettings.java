package jp.mamori.security.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code mamori.directory.*}: the hospital's staff directory (LDAP / Active Directory), read by the engine instead of
 * its own user tables when {@code enabled}. Defaults suit OpenLDAP's inetOrgPerson; docs/operations.md shows the
 * Active Directory values ({@code sAMAccountName}, {@code memberOf}). {@code roles} maps a role's group id
 * ({@code supervising-manager}) to the distinguished name of the directory group whose members hold it.
 */
@ConfigurationProperties("mamori.directory")
public class DirectorySettings {

  private boolean enabled;
  private String url = "ldap://localhost:389";
  private String base = "";
  private String managerDn = "";
  private String managerPassword = "";
  private String userSearchBase = "";
  private String userFilter = "(objectClass=person)";
  private String userIdAttribute = "uid";
  private String firstNameAttribute = "givenName";
  private String lastNameAttribute = "sn";
  private String emailAttribute = "mail";
  private String memberOfAttribute = "memberOf";
  private Map<String, String> roles = new LinkedHashMap<>();

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  /** The naming context every other name is under ({@code dc=hospital,dc=local}). */
  public String getBase() {
    return base;
  }

  public void setBase(String base) {
    this.base = base;
  }

  /** The read-only service account the application searches with. */
  public String getManagerDn() {
    return managerDn;
  }

  public void setManagerDn(String managerDn) {
    this.managerDn = managerDn;
  }

  public String getManagerPassword() {
    return managerPassword;
  }

  public void setManagerPassword(String managerPassword) {
    this.managerPassword = managerPassword;
  }

  /** Where the staff are, relative to {@link #getBase()} ({@code ou=people}); blank searches the whole base. */
  public String getUserSearchBase() {
    return userSearchBase;
  }

  public void setUserSearchBase(String userSearchBase) {
    this.userSearchBase = userSearchBase;
  }

  public String getUserFilter() {
    return userFilter;
  }

  public void setUserFilter(String userFilter) {
    this.userFilter = userFilter;
  }

  /** The login name: {@code uid} (OpenLDAP) or {@code sAMAccountName} (Active Directory). */
  public String getUserIdAttribute() {
    return userIdAttribute;
  }

  public void setUserIdAttribute(String userIdAttribute) {
    this.userIdAttribute = userIdAttribute;
  }

  public String getFirstNameAttribute() {
    return firstNameAttribute;
  }

  public void setFirstNameAttribute(String firstNameAttribute) {
    this.firstNameAttribute = firstNameAttribute;
  }

  public String getLastNameAttribute() {
    return lastNameAttribute;
  }

  public void setLastNameAttribute(String lastNameAttribute) {
    this.lastNameAttribute = lastNameAttribute;
  }

  public String getEmailAttribute() {
    return emailAttribute;
  }

  public void setEmailAttribute(String emailAttribute) {
    this.emailAttribute = emailAttribute;
  }

  /** The user's attribute listing the DNs of the groups they belong to (Active Directory's {@code memberOf}). */
  public String getMemberOfAttribute() {
    return memberOfAttribute;
  }

  public void setMemberOfAttribute(String memberOfAttribute) {
    this.memberOfAttribute = memberOfAttribute;
  }

  /** Role group id → DN of the directory group whose members hold the role. */
  public Map<String, String> getRoles() {
    return roles;
  }

  public void setRoles(Map<String, String> roles) {
    this.roles = new LinkedHashMap<>(roles);
  }
}
