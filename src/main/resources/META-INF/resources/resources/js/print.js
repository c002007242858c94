// The PPC report page's print button (no inline handlers: the CSP allows scripts from the app only).
document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('printButton');
  if (button) {
    button.addEventListener('click', function () { window.print(); });
  }
});
