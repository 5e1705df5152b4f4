import { locationAdapter } from '@/src/guard/location-adapter';
import { markGuarded } from '@/src/guard/mark-guarded';
import { runGuard } from '@/src/guard/run-guard';
import { adapter as facebook } from '@/src/sites/facebook';
import { adapter as messenger } from '@/src/sites/messenger';

export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://www.messenger.com/*'],
  // document_start so the capture-phase Enter/click listeners run before the site's own.
  runAt: 'document_start',
  main(ctx) {
    // facebook.com/messages is Messenger; the adapter follows single-page navigation.
    const adapter = locationAdapter([messenger, facebook], facebook);
    ctx.onInvalidated(markGuarded(adapter.id));
    runGuard(adapter, ctx.signal);
  },
});
