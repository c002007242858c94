// Mamori: replaces the webjar's scripts/config.js of this Camunda webapp (docs/webapps.md).
// Japanese for browsers whose first language is Japanese, English for everybody else.
export default {
  // the link back to Mamori in the header
  customScripts: ['../mamori/back-link'],
  locales: {
    availableLocales: ['ja', 'en'],
    fallbackLocale: 'en'
  }
};
