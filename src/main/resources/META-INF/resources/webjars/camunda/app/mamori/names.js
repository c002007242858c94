// Mamori: people's names family name first (中村 修) in Tasklist and Admin, loaded by their scripts/config.js
// (customScripts; docs/webapps.md, ADR 0033). Camunda writes a name as "firstName lastName" in its page templates
// and in two sentences of its locale files. The webapps are AngularJS apps that load this module before they start,
// so it changes what Angular is given, not the page Angular drew:
// - a filter `mamoriPersonName` (a user → "lastName firstName");
// - the templates of the directives and routes that show a name are rewritten once, before their first use:
//   "{{ x.firstName }} {{ x.lastName }}" becomes "{{ x | mamoriPersonName }}", and where a row or a form has a
//   first-name cell and a last-name cell, the last name's moves in front;
// - in every language's labels, "{{firstname}} {{lastname}}" becomes "{{lastname}} {{firstname}}".
// The same order in every language: the names are the staff's own, written in kanji, and the app shows them so in
// English too. A rewrite that no longer finds what it looks for (a Camunda upgrade) says so in the console, and
// WebappNamesBrowserTest fails.
const angular = window.angular;
const webapp = window.location.pathname.match(/\/app\/(\w+)\//)[1];

export function personName(user) {
  if (!user) {
    return '';
  }
  return [user.lastName, user.firstName].filter(part => !!part).join(' ');
}

const INTERPOLATED = /\{\{\s*([\w.]+)\.firstName\s*\}\}\s*\{\{\s*\1\.lastName\s*\}\}/g;
const LAST = '[ng-model$=".lastName"], [sort-by-property="lastName"]';
const FIRST = '[ng-model$=".firstName"], [sort-by-property="firstName"]';
const LAST_TEXT = /\{\{\s*[\w.]+\.lastName\s*\}\}|'USERS_LASTNAME'/;
const FIRST_TEXT = /\{\{\s*[\w.]+\.firstName\s*\}\}|'USERS_FIRSTNAME'/;

function says(element, selector, text) {
  return element.matches(selector) || !!element.querySelector(selector) || text.test(element.textContent);
}

/** Within one parent (a table row, a form), the cell or field of the last name goes before that of the first. */
function lastNameFirst(html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  let moved = 0;
  template.content.querySelectorAll('*').forEach(parent => {
    const children = Array.from(parent.children);
    const kind = child => {
      const last = says(child, LAST, LAST_TEXT);
      const first = says(child, FIRST, FIRST_TEXT);
      return last === first ? null : (last ? 'last' : 'first');
    };
    const kinds = children.map(kind);
    if (kinds.filter(k => k === 'last').length !== 1 || kinds.filter(k => k === 'first').length !== 1) {
      return;
    }
    const first = children[kinds.indexOf('first')];
    const last = children[kinds.indexOf('last')];
    if (children.indexOf(first) < children.indexOf(last)) {
      parent.insertBefore(last, first);
      moved++;
    }
  });
  return {html: template.innerHTML, moved};
}

/** The template with names family name first; where it was expected to change and did not, a console warning. */
function rewrite(where, html, expect) {
  let changed = html.replace(INTERPOLATED, '{{ $1 | mamoriPersonName }}');
  const interpolations = (html.match(INTERPOLATED) || []).length;
  let moved = 0;
  if (expect.columns) {
    ({html: changed, moved} = lastNameFirst(changed));
  }
  if (expect.listed) {
    changed = changed.replace(/assigneeDisplayedName\((\w+)\);?/g,
        '(assignees[$1.assignee] | mamoriPersonName) || $1.assignee');
  }
  if ((expect.interpolated && !interpolations) || (expect.columns && !moved) || (expect.listed && changed === html)) {
    console.warn('Mamori: the names of ' + where + ' are no longer where Camunda 7.24 wrote them; '
        + 'they stay first name first (docs/webapps.md)');
  }
  return changed;
}

const module = angular.module('cam.' + webapp + '.custom');

module.filter('mamoriPersonName', () => personName);

// "{{firstname}} {{lastname}}'s Groups" in every language
module.config(['$provide', $provide => {
  $provide.decorator('localeLoader', ['$delegate', load => options => load(options).then(labels => {
    Object.keys(labels || {}).forEach(key => {
      if (typeof labels[key] === 'string') {
        labels[key] = labels[key].replace(/\{\{\s*firstname\s*\}\}(\s*)\{\{\s*lastname\s*\}\}/g,
            '{{lastname}}$1{{firstname}}');
      }
    });
    return labels;
  })]);
}]);

if (webapp === 'tasklist') {
  const directives = {
    // the task's assignee above the form
    camTasklistTaskMeta: {interpolated: true},
    // the assignee of each task in the list
    camTasks: {listed: true}
  };
  module.config(['$provide', $provide => Object.keys(directives).forEach(name => {
    $provide.decorator(name + 'Directive', ['$delegate', definitions => {
      definitions.forEach(d => {
        d.template = rewrite(name, d.template, directives[name]);
      });
      return definitions;
    }]);
  })]);
}

if (webapp === 'admin') {
  const routes = {
    '/users': {columns: true},
    '/users/:userId': {interpolated: true, columns: true},
    '/user-create': {columns: true},
    '/groups/:groupId': {columns: true},
    '/tenants/:tenantId': {columns: true}
  };
  module.run(['$route', $route => Object.keys(routes).forEach(path => {
    const route = $route.routes[path];
    if (route && typeof route.template === 'string') {
      route.template = rewrite(path, route.template, routes[path]);
    }
  })]);
  // the user page's title and crumb are composed in its controller, which needs the route's own locals: they keep
  // Camunda's order (wrapping the controller broke the page).
}

export default [];
