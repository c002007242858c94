// Mamori: loaded by every webapp's scripts/config.js (customScripts; docs/webapps.md). When the server refuses an
// action for a rule of the regulation (403, four-eyes, need to know, a form's fields, ...), its answer says which
// rule and why, but the webapps show only their own "denied by the server" line for any 403 that is not a missing
// authorization. This adds the server's reason under that line, as plain text.
const GENERIC = [
  '操作はサーバーに拒否されました。権限がないか、規程で認められていない操作です。',
  'Executing an action has been denied by the server. Try to refresh the page.'
];
// a refusal's reason is shown with the notice that follows it, not with one much later
const FRESH_MS = 10000;
let refusal = null;
const explained = new WeakSet();

function remember(status, text) {
  if (status !== 403) {
    return;
  }
  try {
    const body = JSON.parse(text);
    if (body && body.type !== 'AuthorizationException' && typeof body.message === 'string' && body.message) {
      refusal = {reason: body.message, at: Date.now()};
      explain();
    }
  } catch (e) {
    // not the engine's JSON: nothing to add
  }
}

function explain() {
  if (!refusal || Date.now() - refusal.at > FRESH_MS) {
    return;
  }
  for (const message of document.querySelectorAll('.alert span.message')) {
    if (!explained.has(message) && GENERIC.includes(message.textContent.trim())) {
      const reason = document.createElement('span');
      reason.className = 'mamori-refusal';
      reason.textContent = refusal.reason;
      reason.style.display = 'block';
      message.after(reason);
      explained.add(message);
      refusal = null;
      return;
    }
  }
}

const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.send = function (...args) {
  this.addEventListener('load', () => remember(this.status, this.responseType === '' || this.responseType === 'text'
      ? this.responseText : ''));
  return send.apply(this, args);
};
const fetchFromServer = window.fetch;
window.fetch = async function (...args) {
  const response = await fetchFromServer.apply(this, args);
  if (response.status === 403) {
    response.clone().text().then(text => remember(response.status, text), () => {});
  }
  return response;
};
new MutationObserver(explain).observe(document.documentElement, {childList: true, subtree: true});

export default [];
