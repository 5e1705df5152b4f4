import { markGuarded } from '@/src/guard/mark-guarded';
import { runGuard } from '@/src/guard/run-guard';
import { adapter } from '@/src/sites/whatsapp';

export default defineContentScript({
  matches: ['https://web.whatsapp.com/*'],
  // document_start so the capture-phase Enter listener is registered before the site's own.
  runAt: 'document_start',
  main(ctx) {
    ctx.onInvalidated(markGuarded('whatsapp'));
    runGuard(adapter, ctx.signal);
  },
});
