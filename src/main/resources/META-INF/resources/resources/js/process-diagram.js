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
      badges(viewer, container);
      container.setAttribute('data-rendered', 'true');
    }).catch(function (error) {
      container.setAttribute('data-rendered', 'error');
      container.textContent = container.getAttribute('data-error-text') + ' ' + error.message;
    });
  }

  /** A badge on each activity where cases of this version wait ("Task_Review=2;Task_Approve=1;"). */
  function badges(viewer, container) {
    var overlays = viewer.get('overlays');
    var registry = viewer.get('elementRegistry');
    (container.getAttribute('data-waiting') || '').split(';').forEach(function (pair) {
      var parts = pair.split('=');
      if (parts.length !== 2 || !registry.get(parts[0])) {
        return;
      }
      var badge = document.createElement('span');
      badge.className = 'waiting-badge';
      badge.textContent = parts[1];
      badge.title = container.getAttribute('data-waiting-title') + ': ' + parts[1];
      badge.setAttribute('data-activity-id', parts[0]);
      overlays.add(parts[0], { position: { top: -10, right: 10 }, html: badge });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', render);
  } else {
    render();
  }
}());
