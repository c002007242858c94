// Mamori: loaded by every webapp's scripts/config.js (customScripts; docs/webapps.md). Adds a link back to Mamori to
// the header; the header is drawn (and redrawn) by the webapp, so the link is added whenever it is missing.
const japanese = (navigator.languages && navigator.languages[0] || navigator.language || '').startsWith('ja');
// the webapps live under <context>/camunda/app/...; Mamori's front door is <context>/
const webappRoot = window.location.pathname.substring(0, window.location.pathname.indexOf('/app/'));
const mamoriRoot = webappRoot.substring(0, webappRoot.lastIndexOf('/')) + '/';

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

addBackLink();
new MutationObserver(addBackLink).observe(document.documentElement, {childList: true, subtree: true});

export default [];
