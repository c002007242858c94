// Issue #17 item 5: after the server answers a form (a validation error, a case sent back to this step), the
// first thing the user must read comes into view: the first field message, else what is missing, else the page's
// messages. Runs on load and after every PrimeFaces ajax update.
(function () {
  function showFirst() {
    var first = document.querySelector('.field-error, .field.has-missing, .field.return-reason, .ui-messages-error, .ui-messages-warn');
    if (!first) {
      return;
    }
    first.scrollIntoView({block: 'center'});
    var field = first.closest('.field');
    var input = field && field.querySelector('input:not([type=hidden]), textarea');
    if (input && first.classList.contains('field-error')) {
      input.focus({preventScroll: true});
    }
  }
  document.addEventListener('DOMContentLoaded', function () {
    showFirst();
    if (window.jQuery) {
      jQuery(document).on('pfAjaxComplete', showFirst);
    }
  });
})();
