/**
 * Asks for the organisation's guidelines on first use of a guarded composer, and again when a
 * new version or the interval makes it due (src/policy/guidelines.ts decides). The confirmation
 * is recorded by the background like an acknowledgement (decision 'guidelines-acknowledged',
 * no content), which also stores when and which version was confirmed. Never blocks sending.
 */
import { resolveLanguage } from '../i18n/languages';
import type { GuardEvent, MessageMap } from '../messaging/protocol';
import { guidelinesDecision, type GuidelinesConfirmation } from '../policy/guidelines';
import type { Policy } from '../policy/types';
import type { SiteAdapter, Surface } from '../sites/types';
import { showGuidelinesBanner, type GuidelinesBanner } from '../ui/guidelines-banner';
import { guardEvent, randomId } from './guard-event';
import type { PolicySource } from './policy-source';

export type ConfirmationSource = (
  onChange: (confirmation: GuidelinesConfirmation) => void,
  signal: AbortSignal,
) => void;

export interface GuidelinesPromptOptions {
  adapter: SiteAdapter;
  policy: PolicySource;
  confirmation: ConfirmationSource;
  record: (event: GuardEvent) => Promise<MessageMap['content→background:record']['response']>;
  signal: AbortSignal;
  doc?: Document;
  now?: () => number;
  newId?: () => string;
  isTrusted?: (event: Event) => boolean;
  browserLanguage?: string;
}

export function startGuidelinesPrompt(options: GuidelinesPromptOptions): { readonly banner: GuidelinesBanner | null } {
  const doc = options.doc ?? document;
  const now = options.now ?? Date.now;
  const { signal, adapter } = options;
  let policy: Policy | null = null;
  let confirmation: GuidelinesConfirmation | null = null;
  let banner: GuidelinesBanner | null = null;
  // "Später" hides it for this page; the next page load asks again while it is due.
  let postponed = false;

  const due = () =>
    policy !== null &&
    confirmation !== null &&
    policy.sites?.[adapter.id] !== false &&
    guidelinesDecision(policy, confirmation, now()).due;

  const hide = () => {
    banner?.remove();
    banner = null;
  };

  const show = (surface: Parameters<typeof guardEvent>[0]['surface']) => {
    if (banner || postponed || !policy || !due()) return;
    const current = showGuidelinesBanner({
      doc,
      language: resolveLanguage(policy.language ?? 'auto', options.browserLanguage),
      url: policy.guidelinesUrl,
      version: policy.guidelinesVersion,
      isTrusted: options.isTrusted ?? ((event) => event.isTrusted),
    });
    banner = current;
    void current.result.then(async (choice) => {
      if (choice === 'later') {
        postponed = true;
        hide();
        return;
      }
      const event = guardEvent({
        decision: 'guidelines-acknowledged',
        site: adapter.id,
        surface,
        assessment: null,
        now,
        newId: options.newId ?? randomId,
      });
      let ok: boolean;
      try {
        ok = (await options.record(event)).ok === true;
      } catch {
        ok = false;
      }
      if (ok) hide();
      else current.showError();
    });
  };

  options.policy((next) => {
    policy = next;
    if (!due()) hide();
  }, signal);
  // The stored confirmation is read on first use, not at page load: most page loads never
  // need it, and the read (storage plus its watcher) is start-up time. A focus that comes
  // before the answer is remembered and shown when it arrives.
  let waiting: Surface | null = null;
  let subscribed = false;
  const subscribe = () => {
    if (subscribed) return;
    subscribed = true;
    options.confirmation((next) => {
      confirmation = next;
      if (!due()) hide();
      else if (waiting) show(waiting);
      waiting = null;
    }, signal);
  };

  // First use: the user focuses a composer of this site.
  doc.addEventListener(
    'focusin',
    (event) => {
      const target = event.target;
      if (!(target instanceof Element)) return;
      const composer = adapter.composerFor(target);
      if (!composer) return;
      subscribe();
      if (confirmation) show(composer.surface);
      else waiting = composer.surface;
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', hide, { once: true });
  return {
    get banner() {
      return banner;
    },
  };
}
