// Passkeys (ADR 0025): enrolment on passkeys.xhtml and the passkey step on second-factor.xhtml, with Spring
// Security's WebAuthn endpoints. No inline handlers: the CSP allows scripts from the app only.
(function () {
  'use strict';

  function encode(buffer) {
    var bytes = new Uint8Array(buffer);
    var text = '';
    for (var i = 0; i < bytes.length; i++) {
      text += String.fromCharCode(bytes[i]);
    }
    return window.btoa(text).replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
  }

  function decode(base64url) {
    var text = window.atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) {
      bytes[i] = text.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function post(url, body) {
    var csrf = document.getElementById('passkeyCsrf');
    var headers = { 'Content-Type': 'application/json' };
    headers[csrf.name] = csrf.value;
    return fetch(url, { method: 'POST', headers: headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body) }).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      if (!response.ok || response.redirected || type.indexOf('json') < 0) {
        throw new Error(url + ': HTTP ' + response.status + (response.redirected ? ' → ' + response.url : '')
          + ' (' + type + ')');
      }
      return response.json();
    });
  }

  function show(id, text) {
    ['passkeyError', 'passkeySuccess'].forEach(function (other) {
      var element = document.getElementById(other);
      if (element) {
        element.hidden = true;
      }
    });
    var element = document.getElementById(id);
    if (text) {
      element.querySelector('.detail').textContent = text;
    }
    element.hidden = false;
  }

  function register(button) {
    var base = button.dataset.context || ''; // Facelets leaves out an empty attribute (no context path)
    var label = document.getElementById('passkeyLabel').value.trim();
    if (!label) {
      show('passkeyError', button.dataset.labelRequired);
      return;
    }
    button.disabled = true;
    post(base + '/webauthn/register/options').then(function (options) {
      options.user.id = decode(options.user.id);
      options.challenge = decode(options.challenge);
      options.excludeCredentials = (options.excludeCredentials || []).map(function (c) {
        return Object.assign({}, c, { id: decode(c.id) });
      });
      return navigator.credentials.create({ publicKey: options });
    }).then(function (credential) {
      var response = credential.response;
      return post(base + '/webauthn/register', { publicKey: { label: label, credential: {
        id: credential.id,
        rawId: encode(credential.rawId),
        response: {
          attestationObject: encode(response.attestationObject),
          clientDataJSON: encode(response.clientDataJSON),
          transports: response.getTransports ? response.getTransports() : []
        },
        type: credential.type,
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      } } });
    }).then(function (result) {
      if (!result || !result.success) {
        throw new Error('not registered');
      }
      show('passkeySuccess');
      window.location.href = base + button.dataset.after;
    }).catch(function (error) {
      button.disabled = false;
      show('passkeyError', String(error && error.message ? error.message : error));
    });
  }

  function verify(button) {
    var base = button.dataset.context || ''; // Facelets leaves out an empty attribute (no context path)
    button.disabled = true;
    post(base + '/webauthn/authenticate/options').then(function (options) {
      options.challenge = decode(options.challenge);
      options.allowCredentials = (options.allowCredentials || []).map(function (c) {
        return Object.assign({}, c, { id: decode(c.id) });
      });
      return navigator.credentials.get({ publicKey: options });
    }).then(function (credential) {
      var response = credential.response;
      return post(base + '/login/webauthn', {
        id: credential.id,
        rawId: encode(credential.rawId),
        response: {
          authenticatorData: encode(response.authenticatorData),
          clientDataJSON: encode(response.clientDataJSON),
          signature: encode(response.signature),
          userHandle: response.userHandle ? encode(response.userHandle) : undefined
        },
        type: credential.type,
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      });
    }).then(function (result) {
      if (!result || !result.authenticated) {
        throw new Error('not authenticated');
      }
      window.location.href = result.redirectUrl;
    }).catch(function (error) {
      button.disabled = false;
      show('passkeyError', String(error && error.message ? error.message : error));
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var registerButton = document.getElementById('passkeyRegister');
    if (registerButton) {
      registerButton.addEventListener('click', function () { register(registerButton); });
    }
    var verifyButton = document.getElementById('passkeyVerify');
    if (verifyButton) {
      verifyButton.addEventListener('click', function () { verify(verifyButton); });
    }
  });
}());
