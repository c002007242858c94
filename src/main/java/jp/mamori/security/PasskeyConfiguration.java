package jp.mamori.security;

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

/**
 * Spring Security's WebAuthn support with the passkeys in the app's database (tables of V20_1), not in memory. The
 * relying party reads the allowed origins from {@link SecondFactorSettings} on every ceremony.
 */
@Configuration
class PasskeyConfiguration {

  @Bean
  PublicKeyCredentialUserEntityRepository passkeyUserEntities(JdbcOperations jdbc) {
    return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
  }

  @Bean
  UserCredentialRepository passkeyCredentials(JdbcOperations jdbc, PublicKeyCredentialUserEntityRepository users,
      jp.mamori.trail.AuditTrail trail) {
    return new RecordedUserCredentialRepository(new JdbcUserCredentialRepository(jdbc), users, trail);
  }

  @Bean
  WebAuthnRelyingPartyOperations passkeyRelyingParty(PublicKeyCredentialUserEntityRepository users,
      UserCredentialRepository credentials, SecondFactorSettings settings) {
    return new Webauthn4JRelyingPartyOperations(users, credentials,
        PublicKeyCredentialRpEntity.builder().id(settings.getRpId()).name(settings.getRpName()).build(),
        settings.getAllowedOrigins());
  }
}
