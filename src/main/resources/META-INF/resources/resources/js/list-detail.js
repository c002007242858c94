/*
 * Issue #17 item 4: the task list and the task side by side on a wide screen, like Camunda Tasklist.
 * The list page (tasks.xhtml) opens a task link in the frame beside it instead of leaving the list; the task page,
 * shown in that frame, hides the header and opens links to other pages in the whole window. When the frame comes
 * back to the list (a task completed, handed over), the list is refreshed and the frame says what happened.
 * Narrow screens, and direct links to /task.xhtml, work as before.
 */
(function () {
  var WIDE = '(min-width: 1600px)';
  var inFrame = window.self !== window.top;
  if (inFrame) {
    document.documentElement.classList.add('in-frame');
  }

  function wide() {
    return window.matchMedia && window.matchMedia(WIDE).matches;
  }

  function isTaskUrl(href) {
    return /\/task\.xhtml(\?|$)/.test(href);
  }

  // --- inside the frame: other pages open in the whole window
  if (inFrame) {
    document.addEventListener('click', function (event) {
      var link = event.target.closest ? event.target.closest('a[href]') : null;
      if (!link) {
        return;
      }
      var href = link.getAttribute('href');
      if (!href || href.charAt(0) === '#' || href.indexOf('javascript:') === 0 || isTaskUrl(link.href)) {
        return;
      }
      link.target = '_top';
    }, true);
    return;
  }

  // --- on the list page
  document.addEventListener('DOMContentLoaded', function () {
    var split = document.getElementById('listDetail');
    var frame = document.getElementById('taskDetail');
    if (!split || !frame) {
      return;
    }
    var empty = document.getElementById('detailEmpty');
    var done = document.getElementById('detailDone');

    function layout() {
      split.classList.toggle('split', wide());
    }
    layout();
    window.addEventListener('resize', layout);

    // the task shown beside the list: its row stays marked when the list is redrawn (refreshed, paged, sorted)
    var openTask = null;

    function select(taskId) {
      openTask = taskId;
      document.querySelectorAll('.task-table tr.task-open').forEach(function (row) {
        row.classList.remove('task-open');
      });
      var link = taskId && document.querySelector('.task-link[data-task="' + taskId + '"]');
      if (link) {
        link.closest('tr').classList.add('task-open');
      }
    }

    document.addEventListener('click', function (event) {
      var link = event.target.closest ? event.target.closest('a.task-link') : null;
      if (!link || !split.classList.contains('split') || event.ctrlKey || event.metaKey || event.shiftKey) {
        return;
      }
      event.preventDefault();
      done.textContent = '';
      empty.hidden = true;
      frame.classList.add('shown');
      frame.src = link.href;
      select(link.getAttribute('data-task'));
    });

    if (window.jQuery) {
      window.jQuery(document).on('pfAjaxComplete', function () {
        select(openTask);
      });
    }

    frame.addEventListener('load', function () {
      var shown;
      try {
        shown = frame.contentWindow.location;
      } catch (crossOrigin) {
        return;
      }
      if (!shown || shown.href === 'about:blank') {
        return;
      }
      var page = frame.contentDocument;
      if (!isTaskUrl(shown.href)) {
        // the task is done (or handed over): keep what the page said, refresh the list, empty the frame
        var messages = page.getElementById('messages');
        done.textContent = messages ? messages.textContent.trim() : '';
        frame.classList.remove('shown');
        frame.src = 'about:blank';
        empty.hidden = done.textContent.length > 0;
        select(null);
      } else {
        var id = new URLSearchParams(shown.search).get('id');
        select(id);
      }
      if (typeof window.refreshTaskList === 'function') {
        window.refreshTaskList();
      }
    });
  });
})();
