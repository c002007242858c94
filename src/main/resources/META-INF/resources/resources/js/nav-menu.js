/*
 * The header's 「その他」 menu (a <details> element, so it opens without this script): it closes again when the user
 * clicks elsewhere or presses Escape, as a menu does.
 */
(function () {
  function closeMenus(except) {
    document.querySelectorAll('details.nav-more[open]').forEach(function (menu) {
      if (menu !== except) {
        menu.removeAttribute('open');
      }
    });
  }
  document.addEventListener('click', function (event) {
    closeMenus(event.target.closest ? event.target.closest('details.nav-more') : null);
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      closeMenus(null);
    }
  });
})();
