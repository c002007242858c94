// Mamori: texts for keys the engine sends that Camunda's locale files do not have, loaded by the scripts/config.js
// of Admin and the welcome page (customScripts; docs/webapps.md, ADR 0033). The password widget names each rule of
// the engine's password policy by its placeholder; Mamori's own rule (jp.mamori.security.CommonPasswordRule) has
// one Camunda does not know, which showed as the raw key. The texts are added to whatever the webapp loads for a
// language (Japanese, else English), so our ja.json stays a translation of Camunda's en.json, key for key.
const angular = window.angular;
const webapp = window.location.pathname.match(/\/app\/(\w+)\//)[1];

export const LABELS = {
  ja: {
    PASSWORD_POLICY_COMMON: 'よく使われるパスワード(password1 など)や、同じ文字・数字だけの並びではないこと'
  },
  en: {
    PASSWORD_POLICY_COMMON: 'Not a common password (such as password1), nor one character or only digits repeated'
  }
};

angular.module('cam.' + webapp + '.custom').config(['$provide', $provide => {
  $provide.decorator('localeLoader', ['$delegate', load => options => load(options).then(labels => {
    const own = LABELS[options.key] || LABELS.en;
    Object.keys(own).forEach(key => {
      if (labels && !labels[key]) {
        labels[key] = own[key];
      }
    });
    return labels;
  })]);
}]);

export default [];
