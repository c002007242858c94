package jp.mamori.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.web.webauthn.api.AttestationConveyancePreference;
import org.springframework.security.web.webauthn.api.AuthenticationExtensionsClientInputs;
import org.springframework.security.web.webauthn.api.AuthenticatorAttachment;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialDescriptor;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;

/**
 * The options of a passkey registration between its two requests, kept in the session as a serializable copy (ADR
 * 0034). Spring Security's own repository keeps its options object, which is not serializable: with sessions in the
 * database the session could not be saved, and the second request may reach another node.
 */
final class PasskeyCreationOptionsInSession implements PublicKeyCredentialCreationOptionsRepository {

  private static final String ATTRIBUTE = PasskeyCreationOptionsInSession.class.getName();
  private static final List<PublicKeyCredentialParameters> KNOWN_ALGORITHMS = List.of(PublicKeyCredentialParameters.EdDSA,
      PublicKeyCredentialParameters.ES256, PublicKeyCredentialParameters.ES384, PublicKeyCredentialParameters.ES512,
      PublicKeyCredentialParameters.RS256, PublicKeyCredentialParameters.RS384, PublicKeyCredentialParameters.RS512,
      PublicKeyCredentialParameters.RS1);

  /** The options as plain values. */
  private record Stored(String rpId, String rpName, String userName, Bytes userId, String userDisplayName,
      Bytes challenge, List<Long> algorithms, Duration timeout, ArrayList<PublicKeyCredentialDescriptor> exclude,
      AuthenticatorAttachment attachment, String residentKey, UserVerificationRequirement userVerification,
      String attestation, AuthenticationExtensionsClientInputs extensions) implements Serializable {

    static Stored of(PublicKeyCredentialCreationOptions o) {
      AuthenticatorSelectionCriteria selection = o.getAuthenticatorSelection();
      return new Stored(o.getRp().getId(), o.getRp().getName(), o.getUser().getName(), o.getUser().getId(),
          o.getUser().getDisplayName(), o.getChallenge(),
          o.getPubKeyCredParams().stream().map(p -> p.getAlg().getValue()).toList(), o.getTimeout(),
          o.getExcludeCredentials() == null ? null : new ArrayList<>(o.getExcludeCredentials()),
          selection == null ? null : selection.getAuthenticatorAttachment(),
          selection == null || selection.getResidentKey() == null ? null : selection.getResidentKey().getValue(),
          selection == null ? null : selection.getUserVerification(),
          o.getAttestation() == null ? null : o.getAttestation().getValue(), o.getExtensions());
    }

    PublicKeyCredentialCreationOptions options() {
      return PublicKeyCredentialCreationOptions.builder()
          .rp(PublicKeyCredentialRpEntity.builder().id(rpId).name(rpName).build())
          .user(ImmutablePublicKeyCredentialUserEntity.builder().name(userName).id(userId)
              .displayName(userDisplayName).build())
          .challenge(challenge)
          .pubKeyCredParams(algorithms.stream().flatMap(alg -> KNOWN_ALGORITHMS.stream()
              .filter(p -> p.getAlg().getValue() == alg)).toList())
          .timeout(timeout)
          .excludeCredentials(exclude)
          .authenticatorSelection(AuthenticatorSelectionCriteria.builder().authenticatorAttachment(attachment)
              .residentKey(residentKey == null ? null : ResidentKeyRequirement.valueOf(residentKey))
              .userVerification(userVerification).build())
          .attestation(attestation == null ? null : AttestationConveyancePreference.valueOf(attestation))
          .extensions(extensions)
          .build();
    }
  }

  @Override
  public void save(HttpServletRequest request, HttpServletResponse response,
      PublicKeyCredentialCreationOptions options) {
    HttpSession session = request.getSession();
    if (options == null) {
      session.removeAttribute(ATTRIBUTE);
    } else {
      session.setAttribute(ATTRIBUTE, Stored.of(options));
    }
  }

  @Override
  public PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(ATTRIBUTE) instanceof Stored stored ? stored.options() : null;
  }
}
