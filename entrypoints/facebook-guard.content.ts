import { locationAdapter } from '@/src/guard/location-adapter';
import { runGuard } from '@/src/guard/run-guard';
import { adapter as facebook } from '@/src/sites/facebook';
import { FACEBOOK_MATCHES } from '@/src/sites/matches';
import { adapter as messenger } from '@/src/sites/messenger';

// The detector and the UI, at document_idle: in a task of its own, not the page's parser task.
export default defineContentScript({
  matches: FACEBOOK_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    // facebook.com/messages is Messenger; the adapter follows single-page navigation.
    runGuard(locationAdapter([messenger, facebook], facebook), ctx.signal);
  },
});
