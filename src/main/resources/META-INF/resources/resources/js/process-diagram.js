/*
 * Draws the BPMN diagram of the versions page with bpmn-js (served from the build's webjar, never a CDN).
 * The XML comes from the element's data-bpmn-xml attribute: no inline script, so the page's CSP holds.
 */
(function () {
  'use strict';

  function render() {
    var container = document.getElementById('diagram');
    if (!container || !container.getAttribute('data-bpmn-xml')) {
      return;
    }
    if (typeof window.BpmnJS !== 'function') {
      container.setAttribute('data-rendered', 'error');
      container.textContent = container.getAttribute('data-error-text');
      return;
    }
    var viewer = new window.BpmnJS({ container: container });
    viewer.importXML(container.getAttribute('data-bpmn-xml')).then(function () {
      viewer.get('canvas').zoom('fit-viewport');
      container.setAttribute('data-rendered', 'true');
    }).catch(function (error) {
      container.setAttribute('data-rendered', 'error');
      container.textContent = container.getAttribute('data-error-text') + ' ' + error.message;
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', render);
  } else {
    render();
  }
}());
