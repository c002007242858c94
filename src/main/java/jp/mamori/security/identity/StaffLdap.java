package jp.mamori.security.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import org.springframework.ldap.core.LdapTemplate;
import org.springframework.ldap.core.support.LdapContextSource;
import org.springframework.ldap.filter.AndFilter;
import org.springframework.ldap.filter.EqualsFilter;
import org.springframework.ldap.filter.Filter;
import org.springframework.ldap.filter.HardcodedFilter;
import org.springframework.ldap.query.LdapQueryBuilder;

/**
 * The staff directory over Spring LDAP: searches as the service account, checks a password by binding as the person.
 * Reads only; nothing here writes to the directory.
 */
final class StaffLdap {

  private final DirectorySettings settings;
  private final LdapTemplate ldap;

  StaffLdap(DirectorySettings settings) {
    this.settings = settings;
    LdapContextSource source = new LdapContextSource();
    source.setUrl(settings.getUrl());
    source.setBase(settings.getBase());
    if (settings.getManagerDn().isBlank()) {
      source.setAnonymousReadOnly(true);
    } else {
      source.setUserDn(settings.getManagerDn());
      source.setPassword(settings.getManagerPassword());
    }
    source.afterPropertiesSet();
    this.ldap = new LdapTemplate(source);
    // Active Directory answers a search of the whole domain with referrals to its other partitions
    this.ldap.setIgnorePartialResultException(true);
  }

  DirectorySettings settings() {
    return settings;
  }

  /** The staff matching {@code criteria} (and the configured user filter). */
  List<DirectoryUser> search(Filter criteria) {
    return ldap.search(LdapQueryBuilder.query().base(settings.getUserSearchBase())
            .attributes(settings.getUserIdAttribute(), settings.getFirstNameAttribute(),
                settings.getLastNameAttribute(), settings.getEmailAttribute(), settings.getMemberOfAttribute())
            .filter(staff(criteria)),
        this::toUser);
  }

  Optional<DirectoryUser> find(String userId) {
    return search(new EqualsFilter(settings.getUserIdAttribute(), userId)).stream().findFirst();
  }

  /** Binds as the person: the directory decides (and applies its own lock-out and password rules). */
  boolean authenticate(String userId, String password) {
    // an empty password makes an unauthenticated bind, which LDAP servers accept (RFC 4513 5.1.2)
    if (userId == null || userId.isBlank() || password == null || password.isEmpty()) {
      return false;
    }
    try {
      return ldap.authenticate(settings.getUserSearchBase(),
          staff(new EqualsFilter(settings.getUserIdAttribute(), userId)).encode(), password);
    } catch (org.springframework.dao.IncorrectResultSizeDataAccessException ambiguous) {
      return false;
    }
  }

  private Filter staff(Filter criteria) {
    return new AndFilter().and(new HardcodedFilter(settings.getUserFilter())).and(criteria);
  }

  private DirectoryUser toUser(Attributes attributes) throws NamingException {
    return new DirectoryUser(first(attributes, settings.getUserIdAttribute()),
        first(attributes, settings.getFirstNameAttribute()), first(attributes, settings.getLastNameAttribute()),
        first(attributes, settings.getEmailAttribute()), all(attributes, settings.getMemberOfAttribute()));
  }

  private static String first(Attributes attributes, String name) throws NamingException {
    Attribute attribute = attributes.get(name);
    return attribute == null || attribute.size() == 0 ? null : String.valueOf(attribute.get());
  }

  private static List<String> all(Attributes attributes, String name) throws NamingException {
    Attribute attribute = attributes.get(name);
    List<String> values = new ArrayList<>();
    if (attribute != null) {
      NamingEnumeration<?> all = attribute.getAll();
      while (all.hasMore()) {
        values.add(String.valueOf(all.next()));
      }
    }
    return values;
  }
}
