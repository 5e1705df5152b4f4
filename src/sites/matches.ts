/** Where the content scripts run, declared once for the early and the guard script of each site. */
export const WHATSAPP_MATCHES = ['https://web.whatsapp.com/*'];
export const FACEBOOK_MATCHES = [
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
  'https://www.messenger.com/*',
];
