import { markGuarded } from '@/src/guard/mark-guarded';

export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://www.messenger.com/*'],
  runAt: 'document_start',
  main(ctx) {
    const site = location.hostname === 'www.messenger.com' || location.pathname.startsWith('/messages') ? 'messenger' : 'facebook';
    ctx.onInvalidated(markGuarded(site));
  },
});
