/**
 * The content scripts' one call: the guard with the real detector, the administrator's
 * policy (live), the background log and WXT's context as its lifetime.
 */
import { scan, scanWith } from '../detect/index';
import { recognizers } from '../detect/registry';
import type { GuardEvent } from '../messaging/protocol';
import { sendToBackground } from '../messaging/send';
import type { SiteAdapter } from '../sites/types';
import { watchEffectivePolicy } from '../settings/index';
import { watchGuidelinesConfirmation } from '../settings/guidelines-confirmation';
import { startGuidelinesPrompt } from './guidelines-prompt';
import { sharedPolicySource, type PolicySource } from './policy-source';
import { earlyListeners } from './early-listeners';
import { startGuard, type Guard } from './start-guard';

/** Exercises every recognizer's data (names, terms, dates); never leaves this script. */
const WARM_UP_TEXT = 'Hallo Frau Becker, geb. 12.03.1987, Ihr Termin beim Jobcenter und Ihre Depression';

export const settingsPolicy: PolicySource = (onPolicy, signal) =>
  watchEffectivePolicy((effective) => onPolicy(effective.policy), signal);

export function runGuard(adapter: SiteAdapter, signal: AbortSignal): Guard {
  const relay = earlyListeners();
  const policy = sharedPolicySource(settingsPolicy, signal);
  const record = (event: GuardEvent) => sendToBackground('content→background:record', event);
  const guard = startGuard({
    adapter,
    scan,
    policy,
    record,
    signal,
    ...(relay ? { listenOn: relay } : {}),
    // Each recognizer loads its data on first use; warm them one idle task at a time.
    warmUp: recognizers.map((recognizer) => () => scanWith([recognizer], WARM_UP_TEXT)),
  });
  startGuidelinesPrompt({ adapter, policy, confirmation: watchGuidelinesConfirmation, record, signal });
  // For the popup's status; no answer (background asleep or updating) is no reason to fail.
  sendToBackground('content→background:status', { site: adapter.id, active: true }).catch(() => {});
  return guard;
}
