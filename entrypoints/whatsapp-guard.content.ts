import { runGuard } from '@/src/guard/run-guard';
import { WHATSAPP_MATCHES } from '@/src/sites/matches';
import { adapter } from '@/src/sites/whatsapp';

// The detector and the UI, at document_idle: in a task of its own, not the page's parser task.
export default defineContentScript({
  matches: WHATSAPP_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    runGuard(adapter, ctx.signal);
  },
});
