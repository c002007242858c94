// Mamori: loaded by every webapp's scripts/config.js (customScripts; docs/webapps.md). Two touches to the header,
// which the webapp draws (and redraws) itself, so both are applied again whenever the header changes:
// - a link back to Mamori;
// - the user's name in Japanese order (family name first): the webapps write "firstName lastName" in their code.
const japanese = (navigator.languages && navigator.languages[0] || navigator.language || '').startsWith('ja');
// the webapps live under <context>/camunda/app/...; Mamori's front door is <context>/
const webappRoot = window.location.pathname.substring(0, window.location.pathname.indexOf('/app/'));
const mamoriRoot = webappRoot.substring(0, webappRoot.lastIndexOf('/')) + '/';
let names = null;

function addBackLink() {
  const header = document.querySelector('.navbar-header');
  if (!header || document.getElementById('mamori-back')) {
    return;
  }
  const link = document.createElement('a');
  link.id = 'mamori-back';
  link.href = mamoriRoot;
  link.textContent = japanese ? '← Mamori に戻る' : '← Back to Mamori';
  header.appendChild(link);
}

function familyNameFirst() {
  const toggle = document.querySelector('li.account > a.dropdown-toggle');
  if (!names || !toggle) {
    return;
  }
  for (const node of toggle.childNodes) {
    if (node.nodeType === Node.TEXT_NODE && node.textContent.trim() === names.western) {
      node.textContent = ' ' + names.japanese + ' ';
    }
  }
}

async function loadNames() {
  const json = {headers: {Accept: 'application/json'}, credentials: 'same-origin'};
  const user = await (await fetch(webappRoot + '/api/admin/auth/user/default', json)).json();
  const profile = await (await fetch(webappRoot + '/api/engine/engine/default/user/'
      + encodeURIComponent(user.userId) + '/profile', json)).json();
  if (profile.firstName && profile.lastName) {
    names = {western: profile.firstName + ' ' + profile.lastName, japanese: profile.lastName + ' ' + profile.firstName};
    familyNameFirst();
  }
}

function touchHeader() {
  addBackLink();
  familyNameFirst();
}

touchHeader();
new MutationObserver(touchHeader).observe(document.documentElement, {childList: true, subtree: true, characterData: true});
loadNames().catch(() => { /* no name to reorder: the header keeps the webapp's own */ });

export default [];
