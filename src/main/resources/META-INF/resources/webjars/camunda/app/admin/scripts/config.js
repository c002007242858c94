// Mamori: replaces the webjar's scripts/config.js of this Camunda webapp (docs/webapps.md).
// Japanese for browsers whose first language is Japanese, English for everybody else.
export default {
  // the header: a link back to Mamori, the user's name family name first; names family name first in the lists
  // and the user page; texts for Mamori's password rule (ADR 0033)
  customScripts: ['../mamori/header', '../mamori/names', '../mamori/labels', '../mamori/refusals'],
  locales: {
    availableLocales: ['ja', 'en'],
    fallbackLocale: 'en'
  }
};
