/**
 * The content scripts' one call: the guard with the real detector, the administrator's
 * policy (live), the background log and WXT's context as its lifetime.
 */
import { scan } from '../detect/index';
import { sendToBackground } from '../messaging/send';
import type { SiteAdapter } from '../sites/types';
import { watchEffectivePolicy } from '../settings/index';
import type { PolicySource } from './policy-source';
import { startGuard, type Guard } from './start-guard';

export const settingsPolicy: PolicySource = (onPolicy, signal) =>
  watchEffectivePolicy((effective) => onPolicy(effective.policy), signal);

export function runGuard(adapter: SiteAdapter, signal: AbortSignal): Guard {
  const guard = startGuard({
    adapter,
    scan,
    policy: settingsPolicy,
    record: (event) => sendToBackground('content→background:record', event),
    signal,
  });
  // For the popup's status; no answer (background asleep or updating) is no reason to fail.
  sendToBackground('content→background:status', { site: adapter.id, active: true }).catch(() => {});
  return guard;
}
