/*
 * A date picker's calendar closes when a request starts (a filter applied, a form sent). PrimeFaces left it open over
 * the answer when a date was typed and a command button clicked next: the user had to click elsewhere to see the list.
 */
document.addEventListener('DOMContentLoaded', function () {
  if (!window.jQuery || !window.PrimeFaces) {
    return;
  }
  window.jQuery(document).on('pfAjaxSend', function () {
    var DatePicker = PrimeFaces.widget.DatePicker; // loaded only on pages that have one
    if (!DatePicker) {
      return;
    }
    Object.keys(PrimeFaces.widgets).forEach(function (name) {
      var widget = PrimeFaces.widgets[name];
      var panel = widget instanceof DatePicker && document.getElementById(widget.id + '_panel');
      if (panel && panel.offsetParent !== null) {
        widget.hide();
      }
    });
  });
});
