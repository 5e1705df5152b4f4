import { installEarlyListeners } from '@/src/guard/early-listeners';
import { markGuarded } from '@/src/guard/mark-guarded';
import { WHATSAPP_MATCHES } from '@/src/sites/matches';

// Tiny, at document_start: the capture-phase send listeners must be on window before the
// site's own. The guard (whatsapp-guard.content.ts) attaches to them at document_idle.
export default defineContentScript({
  matches: WHATSAPP_MATCHES,
  runAt: 'document_start',
  main(ctx) {
    ctx.onInvalidated(markGuarded('whatsapp'));
    installEarlyListeners(window, ctx.signal);
  },
});
