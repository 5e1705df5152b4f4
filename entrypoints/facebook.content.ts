import { installEarlyListeners } from '@/src/guard/early-listeners';
import { locationAdapter } from '@/src/guard/location-adapter';
import { markGuarded } from '@/src/guard/mark-guarded';
import { adapter as facebook } from '@/src/sites/facebook';
import { FACEBOOK_MATCHES } from '@/src/sites/matches';
import { adapter as messenger } from '@/src/sites/messenger';

// Tiny, at document_start: the capture-phase send listeners must be on window before the
// site's own. The guard (facebook-guard.content.ts) attaches to them at document_idle.
export default defineContentScript({
  matches: FACEBOOK_MATCHES,
  runAt: 'document_start',
  main(ctx) {
    ctx.onInvalidated(markGuarded(locationAdapter([messenger, facebook], facebook).id));
    installEarlyListeners(window, ctx.signal);
  },
});
