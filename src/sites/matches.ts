/** Where the content scripts run, declared once for the early and the guard script of each site. */
export const WHATSAPP_MATCHES = ['https://web.whatsapp.com/*'];
export const FACEBOOK_MATCHES = [
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
  // the mobile site: guarded where it serves the same Lexical composers as www (see README)
  'https://m.facebook.com/*',
  // Meta Business Suite: the organisation's page inbox and post composer
  'https://business.facebook.com/*',
  'https://www.messenger.com/*',
];
