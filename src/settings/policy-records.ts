/**
 * The policy's own log records, written by the background:
 * - `policy-invalid` as soon as the background reads an administrator policy with problems,
 *   with no page open: key names and `<path>:<code>` only, never a value; once per policy
 *   fingerprint (remembered in storage, and the event id is derived from the fingerprint, so
 *   the store drops a repeat from a second worker too);
 * - `settings-changed` when the user changes a setting they may change: key names only.
 * IT sees both at the collector, forwarded like every other record.
 */
import type { EffectivePolicy } from '../policy/effective';
import { topLevelKey } from '../policy/effective';
import { userMayAdd } from '../policy/merge';
import { isPolicyKey, POLICY_KEYS } from '../policy/schema';
import { policyRecordEvent, type PolicyRecordEvent } from '../log/record';
import { policyInvalidRecordedItem, userSettingsItem } from './items';
import type { LocalItem } from './local-item';

/** The `policy-invalid` event for this effective policy, or null when there is nothing to report. */
export function policyInvalidEvent(effective: EffectivePolicy): PolicyRecordEvent | null {
  // 'pending' and 'unavailable' have no administrator policy to judge yet.
  if (effective.adminState !== 'managed' && effective.adminState !== 'cache') return null;
  const errors = effective.errors.filter((error) => error.source === 'admin');
  if (errors.length === 0) return null;
  const keys = [...new Set(errors.map((error) => topLevelKey(error.path)).filter((key) => key !== ''))];
  return policyRecordEvent(
    'policy-invalid',
    keys,
    `policy-invalid-${effective.fingerprint}`,
    errors.map((error) => `${error.path}:${error.code}`),
  );
}

/**
 * Keys whose stored user value changed and that the user may change under this policy
 * (released, or no policy at all; custom terms always). A value for a locked key changes
 * nothing, so it is no settings change.
 */
export function changedUserKeys(before: unknown, after: unknown, effective: EffectivePolicy): string[] {
  const a = asRecord(before);
  const b = asRecord(after);
  return POLICY_KEYS.filter((key) => {
    if (JSON.stringify(a[key]) === JSON.stringify(b[key])) return false;
    return !effective.locked.includes(key) || userMayAdd(key);
  }).filter((key) => isPolicyKey(key));
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export interface PolicyRecordsDeps {
  recordPolicy: (event: PolicyRecordEvent) => Promise<{ ok: boolean }>;
  randomId?: () => string;
  recorded?: LocalItem<string>;
  userSettings?: LocalItem<Record<string, unknown>>;
}

/**
 * Registers the user-settings watch synchronously (MV3) and returns the callback for each
 * effective policy the background sees.
 */
export function startPolicyRecords(deps: PolicyRecordsDeps, signal: AbortSignal): (effective: EffectivePolicy) => void {
  const recorded = deps.recorded ?? policyInvalidRecordedItem;
  const userSettings = deps.userSettings ?? userSettingsItem;
  const randomId = deps.randomId ?? (() => crypto.randomUUID());
  let latest: EffectivePolicy | null = null;
  let chain: Promise<unknown> = Promise.resolve();
  const serial = (task: () => Promise<void>) => (chain = chain.then(task).catch(() => undefined));

  // A change that wakes the worker may arrive before the policy is read: judged once it is.
  const waiting: Array<[unknown, unknown]> = [];
  const judge = (before: unknown, after: unknown, effective: EffectivePolicy) => {
    const keys = changedUserKeys(before, after, effective);
    if (keys.length === 0) return;
    serial(async () => {
      await deps.recordPolicy(policyRecordEvent('settings-changed', keys, randomId()));
    });
  };
  const unwatch = userSettings.watch((after, before) => {
    if (latest) judge(before, after, latest);
    else waiting.push([before, after]);
  });
  signal.addEventListener('abort', unwatch, { once: true });

  return (effective) => {
    // Until the administrator policy is read, what is locked is not known yet.
    if (effective.adminState === 'pending') return;
    latest = effective;
    for (const [before, after] of waiting.splice(0)) judge(before, after, effective);
    const event = policyInvalidEvent(effective);
    if (!event) return;
    serial(async () => {
      if ((await recorded.getValue()) === effective.fingerprint) return;
      const result = await deps.recordPolicy(event);
      if (result.ok) await recorded.setValue(effective.fingerprint);
    });
  };
}
