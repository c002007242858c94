package jp.mamori.security;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.interceptor.MatchAlwaysTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * Spring Security's WebAuthn support with the passkeys in the app's database (tables of V20_1), not in memory. The
 * relying party reads the allowed origins from {@link SecondFactorSettings} on every ceremony.
 *
 * <p>Spring Security's JDBC stores write without a transaction of their own, and the pool's connections are out of
 * auto-commit (ADR 0047): each store is called through a proxy that runs every method in a transaction, so a passkey
 * registered or used is committed.
 */
@Configuration
class PasskeyConfiguration {

  @Bean
  PublicKeyCredentialUserEntityRepository passkeyUserEntities(JdbcOperations jdbc,
      PlatformTransactionManager transactions) {
    return inTransactions(new JdbcPublicKeyCredentialUserEntityRepository(jdbc),
        PublicKeyCredentialUserEntityRepository.class, transactions);
  }

  @Bean
  UserCredentialRepository passkeyCredentials(JdbcOperations jdbc, PublicKeyCredentialUserEntityRepository users,
      jp.mamori.trail.AuditTrail trail, PlatformTransactionManager transactions) {
    return inTransactions(new RecordedUserCredentialRepository(new JdbcUserCredentialRepository(jdbc), users, trail),
        UserCredentialRepository.class, transactions);
  }

  @Bean
  WebAuthnRelyingPartyOperations passkeyRelyingParty(PublicKeyCredentialUserEntityRepository users,
      UserCredentialRepository credentials, SecondFactorSettings settings) {
    return new Webauthn4JRelyingPartyOperations(users, credentials,
        PublicKeyCredentialRpEntity.builder().id(settings.getRpId()).name(settings.getRpName()).build(),
        settings.getAllowedOrigins());
  }

  /** The store with each of its methods in a transaction (joining the caller's, if there is one). */
  private static <T> T inTransactions(T store, Class<T> type, PlatformTransactionManager transactions) {
    ProxyFactory proxy = new ProxyFactory(store);
    proxy.setInterfaces(type);
    proxy.addAdvice(new TransactionInterceptor(transactions, new MatchAlwaysTransactionAttributeSource()));
    return type.cast(proxy.getProxy(PasskeyConfiguration.class.getClassLoader()));
  }
}
