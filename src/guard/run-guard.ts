/**
 * The content scripts' one call: the guard with the real detector, the administrator's
 * policy (live), the background log and WXT's context as its lifetime.
 */
import type { GuardEvent } from '../messaging/protocol';
import { sendToBackground } from '../messaging/send';
import type { SiteAdapter } from '../sites/types';
import { watchEffectivePolicy } from '../settings/index';
import { watchGuidelinesConfirmation } from '../settings/guidelines-confirmation';
import { watchCaseload } from '../settings/caseload';
import { caseloadSource } from './caseload-source';
import { startGuidelinesPrompt } from './guidelines-prompt';
import { sharedPolicySource, type PolicySource } from './policy-source';
import { earlyListeners } from './early-listeners';
import { detector } from './lazy-detector';
import { startGuard, type Guard } from './start-guard';
import { answerStatus } from './status-responder';

/** Exercises every recognizer's data (names, terms, dates); never leaves this script. */
const WARM_UP_TEXT = 'Hallo Frau Becker, geb. 12.03.1987, Ihr Termin beim Jobcenter und Ihre Depression';

export const settingsPolicy: PolicySource = (onPolicy, signal) =>
  watchEffectivePolicy((effective) => onPolicy(effective.policy), signal);

export function runGuard(adapter: SiteAdapter, signal: AbortSignal): Guard {
  const relay = earlyListeners();
  // The worker's clients, as hashes, join each scan; a changed list re-judges open drafts.
  const caseload = caseloadSource(watchCaseload, signal);
  const policy = sharedPolicySource(settingsPolicy, signal);
  const record = (event: GuardEvent) => sendToBackground('content→background:record', event);
  const guard = startGuard({
    adapter,
    scan: (text, options) => detector().scan(text, caseload.withClients(options)),
    policy: caseload.policy(policy),
    record,
    signal,
    ...(relay ? { listenOn: relay } : {}),
    // The detector is evaluated in an idle task of its own when a composer is focused; then each
    // recognizer loads its data, one idle task at a time.
    warmUp: [
      () => detector().recognizers.map((recognizer) => () => void detector().scanWith([recognizer], WARM_UP_TEXT)),
    ],
  });
  startGuidelinesPrompt({ adapter, policy, confirmation: watchGuidelinesConfirmation, record, signal });
  // The popup asks this tab live; an old script stops answering when its context ends.
  answerStatus(() => ({ site: adapter.id, active: guard.active, ...(guard.limited ? { limited: true } : {}) }), signal);
  return guard;
}
